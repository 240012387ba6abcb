using System.Text.RegularExpressions;

namespace CatalogTools.Rules.Service;

/// <summary>What a Chinese phone number and an e-mail address look like.</summary>
public static partial class ContactFormats
{
    /// <summary>
    /// Landline with area code (0451-52003114, optional extension -123), mobile (13812345678),
    /// government hotlines (12345, 12315, 12333...), 95xxx service numbers, 400/800-xxx-xxxx.
    /// </summary>
    [GeneratedRegex(@"^(?:0[0-9]{2,3}-[0-9]{7,8}(?:-[0-9]{1,6})?|1[3-9][0-9]{9}|12[0-9]{3}|95[0-9]{3,6}|[48]00-?[0-9]{3}-?[0-9]{4})\z", RegexOptions.CultureInvariant)]
    public static partial Regex Phone();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}\z", RegexOptions.CultureInvariant)]
    public static partial Regex Email();
}
