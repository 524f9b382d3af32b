using System.Net;
using Forbedring.Api.Http.Limits;
using Microsoft.AspNetCore.Http;

namespace Forbedring.Api.Tests.Security;

public sealed class ClientAddressTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2:1111:2222:3333:4444", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:3::1", "2001:db8:1:3::/64")]
    public void Callers_are_counted_per_ipv4_address_and_per_ipv6_64(string address, string key)
    {
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = IPAddress.Parse(address);

        Assert.Equal(key, ClientAddress.Of(http));
    }

    [Fact]
    public void A_connection_without_an_address_shares_one_key() =>
        Assert.Equal(ClientAddress.Unknown, ClientAddress.Of(new DefaultHttpContext()));
}
