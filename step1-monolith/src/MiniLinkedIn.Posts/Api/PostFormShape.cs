using Microsoft.AspNetCore.Http;
using MiniLinkedIn.BuildingBlocks.UseCases;

namespace MiniLinkedIn.Posts.Api;

/// <summary>
/// The parts a post form may have: at most one <c>text</c> field and at most one <c>image</c> file.
/// Model binding would quietly take the first of two parts, or drop an image sent without a file
/// name and publish the text alone; a form like that is refused instead. An image part that is
/// empty and has no file name (a file input left empty) means no image, as for ASP.NET Core's binding.
/// </summary>
internal static class PostFormShape
{
    public const string TextField = "text";
    public const string ImageField = "image";

    public static Rejection? Check(IFormCollection form)
    {
        if (form.Files.GetFiles(ImageField).Count > 1)
        {
            return Malformed(ImageField, "Send at most one image.");
        }

        // An empty part without a file name is what a browser sends for a file input left empty: no image.
        if (form.TryGetValue(ImageField, out var unnamedParts) && unnamedParts.Any(part => !string.IsNullOrEmpty(part)))
        {
            return Malformed(ImageField, "Send the image as a file, with a file name.");
        }

        if (form.Files.GetFiles(TextField).Count > 0)
        {
            return Malformed(TextField, "Send the text as a form field, not as a file.");
        }

        return form[TextField].Count > 1 ? Malformed(TextField, "Send the text once.") : null;
    }

    private static Rejection Malformed(string field, string detail) => Rejection.Invalid("Malformed form", field, detail);
}
