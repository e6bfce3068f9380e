namespace MiniLinkedIn.ContractTests;

/// <summary>
/// Base of every fixture: reads the system under test from <c>CONTRACT_BASE_URL</c>. Without it the
/// fixture's tests are reported as skipped with the reason, never as passed.
/// </summary>
public abstract class ContractTest
{
    public const string BaseUrlVariable = "CONTRACT_BASE_URL";

    private ApiClient? api;

    /// <summary>The client of the system under test; available from the fixture's own OneTimeSetUp on.</summary>
    protected ApiClient Api => api ?? throw new InvalidOperationException("The base OneTimeSetUp has not run.");

    [OneTimeSetUp]
    public void ConnectToTheSystemUnderTest()
    {
        var value = Environment.GetEnvironmentVariable(BaseUrlVariable);
        if (string.IsNullOrWhiteSpace(value))
        {
            Assert.Ignore($"{BaseUrlVariable} is not set: these black-box contract tests need a running system, e.g. {BaseUrlVariable}=http://127.0.0.1:8091");
        }

        if (!Uri.TryCreate(value.Trim().TrimEnd('/') + "/", UriKind.Absolute, out var baseAddress))
        {
            Assert.Fail($"{BaseUrlVariable} is not an absolute URL: '{value}'");
            return;
        }

        api = new ApiClient(baseAddress);
    }

    [OneTimeTearDown]
    public void Disconnect() => api?.Dispose();
}
