using System.Globalization;
using System.Text;

namespace MiniLinkedIn.Users.Accounts;

/// <summary>
/// Characters that show nothing, or change how the text around them shows, so that two different
/// addresses can look identical: controls, format characters (zero-width space and joiners, soft
/// hyphen, bidi overrides such as U+202E), separators, private-use and unassigned code points, and
/// the letters and marks Unicode draws as blank (Hangul fillers, variation selectors, ...).
/// </summary>
internal static class InvisibleCharacters
{
    private static readonly (int First, int Last)[] BlankRanges =
    [
        (0x034F, 0x034F), // combining grapheme joiner
        (0x115F, 0x1160), // Hangul choseong/jungseong fillers
        (0x17B4, 0x17B5), // Khmer inherent vowels
        (0x180B, 0x180F), // Mongolian variation selectors and vowel separator
        (0x2800, 0x2800), // braille pattern blank
        (0x3164, 0x3164), // Hangul filler
        (0xFE00, 0xFE0F), // variation selectors
        (0xFFA0, 0xFFA0), // half-width Hangul filler
        (0xE0100, 0xE01EF), // variation selectors supplement
    ];

    public static bool IsInvisible(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate
        || rune == Rune.ReplacementChar
        || BlankRanges.Any(range => rune.Value >= range.First && rune.Value <= range.Last);
}
