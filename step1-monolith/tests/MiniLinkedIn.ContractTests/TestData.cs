using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace MiniLinkedIn.ContractTests;

/// <summary>Fresh inputs for every run, so the suite can run again against a system that keeps its data.</summary>
public static class TestData
{
    public const string Password = "correct horse battery staple";

    /// <summary>A new, never registered address such as <c>alice.3f2a…@contract-tests.example.com</c>.</summary>
    public static string UniqueEmail(string who) => $"{who}.{Guid.NewGuid():N}@contract-tests.example.com";

    /// <summary>24 random hexadecimal characters: a well-formed id that names nothing.</summary>
    public static string UnknownId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    /// <summary>A unique marker to put in texts, to tell this run's posts apart in logs.</summary>
    public static string RunMarker { get; } = Guid.NewGuid().ToString("N")[..8];

    /// <summary>A small valid PNG (8-bit RGB), with random pixels so that every call gives other bytes.</summary>
    public static byte[] Png(int width = 4, int height = 3)
    {
        // Each scanline: filter byte 0 (None) then width RGB triplets.
        var raw = new byte[height * (1 + (width * 3))];
        for (var y = 0; y < height; y++)
        {
            RandomNumberGenerator.Fill(raw.AsSpan((y * (1 + (width * 3))) + 1, width * 3));
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type: truecolour RGB; compression, filter, interlace: 0

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", compressed.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        png.Write(word);
        var typeAndData = new byte[4 + data.Length];
        Encoding.ASCII.GetBytes(type, typeAndData);
        data.CopyTo(typeAndData, 4);
        png.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32(typeAndData));
        png.Write(word);
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
