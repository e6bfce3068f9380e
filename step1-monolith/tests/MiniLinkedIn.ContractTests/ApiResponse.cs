using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MiniLinkedIn.Testing.ApiModels;

namespace MiniLinkedIn.ContractTests;

/// <summary>A fully read HTTP response, with assertions that print the request and body when they fail.</summary>
public sealed class ApiResponse(string request, HttpStatusCode status, HttpResponseHeaders headers, HttpContentHeaders contentHeaders, byte[] body)
{
    public string Request { get; } = request;

    public HttpStatusCode Status { get; } = status;

    public HttpResponseHeaders Headers { get; } = headers;

    public HttpContentHeaders ContentHeaders { get; } = contentHeaders;

    public IReadOnlyList<byte> Body { get; } = body;

    public string? MediaType => ContentHeaders.ContentType?.MediaType;

    public string Text => Encoding.UTF8.GetString(body);

    /// <summary>Asserts the status and reads the body as <typeparamref name="T"/>.</summary>
    public T Expect<T>(HttpStatusCode expected)
    {
        ExpectStatus(expected);
        Assert.That(MediaType, Is.EqualTo("application/json"), $"Content-Type of {this}");
        return Json<T>();
    }

    public ApiResponse ExpectStatus(HttpStatusCode expected)
    {
        Assert.That(Status, Is.EqualTo(expected), $"Status of {this}");
        return this;
    }

    /// <summary>Asserts an RFC 9457 answer: the status, application/problem+json, and a body whose status matches.</summary>
    public Problem ExpectProblem(HttpStatusCode expected)
    {
        // One scope, so that a run reports every deviation of a problem response at once.
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Status, Is.EqualTo(expected), $"Status of {this}");
            Assert.That(MediaType, Is.EqualTo("application/problem+json"), $"Content-Type of {this}");
            var problem = Json<Problem>();
            Assert.That(problem.Status, Is.EqualTo((int)expected), $"problem.status of {this}");
            Assert.That(problem.Title, Is.Not.Null.And.Not.Empty, $"problem.title of {this}");
            return problem;
        }
    }

    public T Json<T>()
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body, ApiJson.Options) ?? throw new JsonException("null body");
        }
        catch (JsonException ex)
        {
            Assert.Fail($"Cannot read the body as {typeof(T).Name} ({ex.Message}): {this}");
            throw; // not reached: Assert.Fail throws
        }
    }

    /// <summary>The body as a JSON document, for checks on the raw text of a field.</summary>
    public JsonElement JsonElement()
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    public override string ToString()
    {
        var text = MediaType is { } type && (type.Contains("json", StringComparison.Ordinal) || type.StartsWith("text/", StringComparison.Ordinal))
            ? Text
            : $"<{body.Length} bytes>";
        if (text.Length > 1000)
        {
            text = string.Concat(text.AsSpan(0, 1000), "…");
        }

        return $"{Request} → {(int)Status} {MediaType}: {text}";
    }
}
