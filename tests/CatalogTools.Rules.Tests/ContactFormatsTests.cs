using CatalogTools.Rules.Service;
using Xunit;

namespace CatalogTools.Rules.Tests;

/// <summary>Which phone numbers and e-mail addresses CAT0073 and CAT0074 accept.</summary>
public sealed class ContactFormatsTests
{
    [Theory]
    [InlineData("0451-52003114", true)]
    [InlineData("010-12345678", true)]
    [InlineData("0451-5200311", true)]
    [InlineData("0451-52003114-8021", true)]
    [InlineData("13904511234", true)]
    [InlineData("12345", true)]
    [InlineData("12315", true)]
    [InlineData("95598", true)]
    [InlineData("400-810-1234", true)]
    [InlineData("4008101234", true)]
    [InlineData("451-52003114", false)]
    [InlineData("0451-520031", false)]
    [InlineData("12904511234", false)]
    [InlineData("1390451123", false)]
    [InlineData("12345转8", false)]
    [InlineData("0451-52003114、12345", false)]
    [InlineData("０４５１-52003114", false)]
    [InlineData("0451-５２００３１１４", false)]
    [InlineData("12345\n", false)]
    public void Phone(string phone, bool valid) => Assert.Equal(valid, ContactFormats.Phone().IsMatch(phone));

    [Theory]
    [InlineData("ylzwjd@harbin.gov.cn", true)]
    [InlineData("bx.zw-jd@harbin.gov.cn", true)]
    [InlineData("a+b@example.com", true)]
    [InlineData("bxzwjd@harbin", false)]
    [InlineData("bxzwjd@@harbin.gov.cn", false)]
    [InlineData("bx zwjd@harbin.gov.cn", false)]
    [InlineData("@harbin.gov.cn", false)]
    [InlineData("bxzwjd@-harbin.gov.cn", false)]
    public void Email(string email, bool valid) => Assert.Equal(valid, ContactFormats.Email().IsMatch(email));
}
