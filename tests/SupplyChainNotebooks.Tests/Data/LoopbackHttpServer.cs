using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SupplyChainNotebooks.Tests.Data;

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 (random port) for download tests: serves fixed bodies by path, 404 for the
/// rest, and can cut a body short after a number of bytes (announcing the full Content-Length) to simulate an
/// interrupted transfer, or stall after a number of bytes until <see cref="ReleaseStalled"/> (a slow server, so that a
/// client can be killed in the middle of a download). Never touches the internet.
/// </summary>
public sealed class LoopbackHttpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Dictionary<string, (byte[] Body, int? CutAfter, int? StallAfter, string ContentType, int Status)> _routes = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LoopbackHttpServer()
    {
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    public string BaseUrl => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    public List<string> Requests { get; } = [];

    /// <summary>Completed when a stalling route has sent its first bytes (the value is how many).</summary>
    public TaskCompletionSource<int> Stalled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Serve(string path, byte[] body, int? cutAfter = null, int? stallAfter = null, string contentType = "application/octet-stream", int status = 200)
    {
        lock (_routes) _routes[path] = (body, cutAfter, stallAfter, contentType, status);
    }

    /// <summary>Ends a stalled transfer (the connection is closed without the rest of the body).</summary>
    public void ReleaseStalled() => _release.TrySetResult();

    private async Task Serve()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (OperationCanceledException) { return; }
            catch (ObjectDisposedException) { return; }
            using (client)
            {
                try
                {
                    await HandleAsync(client);
                }
                catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
                {
                    // the client went away (killed in a test): serve the next one
                }
            }
        }
    }

    private async Task HandleAsync(TcpClient client)
    {
        var stream = client.GetStream();
        var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
        var requestLine = await reader.ReadLineAsync() ?? "";
        while (!string.IsNullOrEmpty(await reader.ReadLineAsync())) { }
        var path = requestLine.Split(' ') is { Length: >= 2 } parts ? parts[1] : "/";
        lock (Requests) Requests.Add(path);
        (byte[] Body, int? CutAfter, int? StallAfter, string ContentType, int Status) route;
        bool found;
        lock (_routes) found = _routes.TryGetValue(path, out route);
        if (!found)
        {
            var msg = Encoding.ASCII.GetBytes("not found");
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 404 Not Found\r\nContent-Length: {msg.Length}\r\nConnection: close\r\n\r\n"));
            await stream.WriteAsync(msg);
            return;
        }
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 {route.Status} {(route.Status == 200 ? "OK" : "Forbidden")}\r\nContent-Type: {route.ContentType}\r\nContent-Length: {route.Body.Length}\r\nConnection: close\r\n\r\n"));
        if (route.StallAfter is { } stall)
        {
            await stream.WriteAsync(route.Body.AsMemory(0, stall));
            await stream.FlushAsync();
            Stalled.TrySetResult(stall);
            await Task.WhenAny(_release.Task, Task.Delay(Timeout.Infinite, _stop.Token));
            client.Client.LingerState = new LingerOption(true, 0);
            return;
        }
        await stream.WriteAsync(route.Body.AsMemory(0, route.CutAfter ?? route.Body.Length));
        await stream.FlushAsync();
        if (route.CutAfter is not null) client.Client.LingerState = new LingerOption(true, 0);   // reset: the transfer breaks off
    }

    public void Dispose()
    {
        _release.TrySetResult();
        _stop.Cancel();
        _listener.Stop();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
        _stop.Dispose();
    }
}
