using System.Net.Sockets;
using Azure;
using Forbedring.Abstractions.Common;
using Forbedring.Hosting;

namespace Forbedring.Api.Tests.Http;

/// <summary>
/// Which failures the api answers with 503 and a retryable code, and which stay what they are (bugs,
/// conflicts). The multi-process tests (tests/Forbedring.Cluster.Tests) cause the real outages.
/// </summary>
public sealed class ServiceOutageTests
{
    [Fact]
    public void The_table_service_not_answering_is_a_storage_outage()
    {
        Assert.Equal(Outage.Storage, ServiceOutage.Classify(new StorageUnavailableException()));
        Assert.Equal(Outage.Storage, ServiceOutage.Classify(new RequestFailedException(0, "no response", new HttpRequestException("refused", new SocketException(111)))));
        Assert.Equal(Outage.Storage, ServiceOutage.Classify(new RequestFailedException(503, "busy")));
        Assert.Equal(Outage.Storage, ServiceOutage.Classify(new AggregateException(new RequestFailedException(0, "retry failed"))));
        Assert.Equal(Outage.Storage, ServiceOutage.Classify(new TaskCanceledException("network timeout", new TimeoutException())));
    }

    [Fact]
    public void A_lost_silo_or_an_unanswered_grain_call_is_a_cluster_outage()
    {
        Assert.Equal(Outage.Cluster, ServiceOutage.Classify(new SiloUnavailableException("gone")));
        Assert.Equal(Outage.Cluster, ServiceOutage.Classify(new TimeoutException("Response did not arrive on time")));
        Assert.Equal(Outage.Cluster, ServiceOutage.Classify(new InvalidOperationException("wrapped", new SiloUnavailableException("silo gone"))));
    }

    [Fact]
    public void Conflicts_and_bugs_are_not_outages()
    {
        Assert.Null(ServiceOutage.Classify(new RequestFailedException(409, "exists")));
        Assert.Null(ServiceOutage.Classify(new RequestFailedException(412, "stale etag")));
        Assert.Null(ServiceOutage.Classify(new InvalidOperationException("a bug")));
        Assert.Null(ServiceOutage.Classify(new UnauthorizedAccessException("no caller identity")));
    }

    [Fact]
    public void Each_outage_is_told_in_bokmal_and_english_with_its_own_code()
    {
        var storage = ServiceOutage.ErrorFor(Outage.Storage);
        var cluster = ServiceOutage.ErrorFor(Outage.Cluster);

        Assert.Equal("STORAGE_UNAVAILABLE", storage.Code);
        Assert.Equal("CLUSTER_UNAVAILABLE", cluster.Code);
        Assert.Contains("Prøv igjen", storage.MessageNb);
        Assert.Contains("Try again", cluster.MessageEn);
    }
}
