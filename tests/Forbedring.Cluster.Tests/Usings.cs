global using Xunit;

// Each test runs a whole topology of processes: one at a time, or they starve each other of CPU.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
