using MiniLinkedIn.Testing;

namespace MiniLinkedIn.Services.Tests.Hosting;

/// <summary>Behind the gateway, each service's Swagger UI offers the three services' documents in one picker.</summary>
public sealed class GatewaySwaggerUiTests
{
    [TestCase("user")]
    [TestCase("post")]
    [TestCase("notification")]
    public async Task Swagger_ui_lists_the_gateways_three_documents(string name)
    {
        IApiHost service = name switch
        {
            "user" => StepTwo.User,
            "post" => StepTwo.Post,
            _ => StepTwo.Notification,
        };

        var configuration = await new Api(service).Anonymous().GetStringAsync("/swagger/index.js");

        using (Assert.EnterMultipleScope())
        {
            foreach (var document in new[] { "users", "posts", "notifications" })
            {
                Assert.That(configuration, Does.Contain($"\"url\":\"/swagger/{document}/v1/swagger.json\""));
            }
        }
    }
}
