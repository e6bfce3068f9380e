using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace MiniLinkedIn.ServiceDefaults.Http;

/// <summary>
/// Lets MVC find controllers that are <c>internal</c> (MVC's own provider takes public ones only). A
/// module then exposes nothing but its entry point, so the compiler itself keeps every other module
/// away from its controllers, services and stores.
/// </summary>
internal sealed class InternalControllersFeatureProvider : ControllerFeatureProvider
{
    protected override bool IsController(TypeInfo typeInfo) =>
        typeInfo is { IsNotPublic: true, IsClass: true, IsAbstract: false, ContainsGenericParameters: false }
        && typeof(ControllerBase).IsAssignableFrom(typeInfo)
        && !typeInfo.IsDefined(typeof(NonControllerAttribute));
}
