global using Xunit;
global using Forbedring.Ui.Tests.Infrastructure;
