using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace OcopConnect.Tests.Support;

/// <summary>
/// The app on the test database served by a real Kestrel on a free loopback port: what TestServer does not
/// have (the Server header, Kestrel's body limits, real connections from a chosen source address).
/// </summary>
public sealed class KestrelApp : IAsyncDisposable
{
    private KestrelApp(OcopAppFactory factory, Uri address)
    {
        Factory = factory;
        Address = address;
    }

    public OcopAppFactory Factory { get; }

    public Uri Address { get; }

    public static KestrelApp Start(DatabaseFixture fixture, IReadOnlyDictionary<string, string>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var factory = new OcopAppFactory(fixture.ConnectionString, settings: settings);
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new KestrelApp(factory, new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)));
    }

    /// <summary>A client that does not follow redirects, with its own cookies unless told not to keep any, connecting from <paramref name="from"/> (127.0.0.1 unless given).</summary>
    public HttpClient Client(IPAddress? from = null, bool cookies = true)
    {
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = cookies, CookieContainer = new CookieContainer() };
        if (from is not null)
        {
            handler.ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    // Any 127.x.y.z is this machine: binding to another one makes the server see another client.
                    socket.Bind(new IPEndPoint(from, 0));
                    await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, context.DnsEndPoint.Port), ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
        }
        return new HttpClient(handler) { BaseAddress = Address };
    }

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
}
