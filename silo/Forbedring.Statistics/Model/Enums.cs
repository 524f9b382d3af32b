namespace Forbedring.Statistics;

/// <summary>The chart families of qicharts2, named as in the GraphQL contract.</summary>
public enum ChartType { Run, I, MR, Xbar, S, P, PP, C, U, UP, G, T }

/// <summary>How the x labels are read: integers, ISO dates (yyyy-MM-dd) or free-text categories.</summary>
public enum XKind { Index, Date, Category }

/// <summary>Which special-cause rules judge the chart.</summary>
public enum RuleSet { Anhoej, Ihi, Nhs }

/// <summary>Which way is better for the measure.</summary>
public enum ImprovementDirection { Up, Down, Neutral }
