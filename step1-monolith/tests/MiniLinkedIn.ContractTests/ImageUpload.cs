namespace MiniLinkedIn.ContractTests;

/// <summary>An image to upload: its bytes and what the client claims about them.</summary>
public sealed record ImageUpload(byte[] Bytes, string FileName, string ContentType);
