using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using CatalogTools.Publishing.Trust;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Publishing.Tests.Trust;

/// <summary>P-256 and SM2 keys sign and verify; a flipped bit fails; canonical JSON is the JCS form; SM2 signatures interoperate with OpenSSL.</summary>
public sealed class TrustKeyTests
{
    [Theory]
    [InlineData(KeyAlgorithm.P256)]
    [InlineData(KeyAlgorithm.Sm2)]
    public void A_signature_verifies_and_a_flipped_bit_in_data_or_signature_fails(KeyAlgorithm algorithm)
    {
        var (privatePem, publicPem) = SigningKey.Generate(algorithm);
        var key = SigningKey.FromPem(privatePem, out var error);
        Assert.True(key is not null, error?.In(Core.Diagnostics.Lang.En));
        Assert.Equal(algorithm, key!.Algorithm);
        var publicKey = TrustKey.FromPem(publicPem, out error);
        Assert.True(publicKey is not null, error?.In(Core.Diagnostics.Lang.En));
        Assert.Equal(key.KeyId, publicKey!.KeyId);

        var data = Encoding.UTF8.GetBytes("{\"_type\":\"timestamp\",\"version\":1}");
        var signature = key.Sign(data);
        Assert.True(publicKey.Verify(data, signature));
        data[5] ^= 0x01;
        Assert.False(publicKey.Verify(data, signature));
        data[5] ^= 0x01;
        signature[^3] ^= 0x01;
        Assert.False(publicKey.Verify(data, signature));
        Assert.False(publicKey.Verify(data, [0x30, 0x00]));
    }

    [Fact]
    public void A_key_of_one_algorithm_does_not_verify_a_signature_of_the_other()
    {
        var p256 = SigningKey.FromPem(SigningKey.Generate(KeyAlgorithm.P256).PrivatePem, out _)!;
        var sm2 = SigningKey.FromPem(SigningKey.Generate(KeyAlgorithm.Sm2).PrivatePem, out _)!;
        var data = "content"u8.ToArray();
        Assert.False(sm2.Public.Verify(data, p256.Sign(data)));
        Assert.False(p256.Public.Verify(data, sm2.Sign(data)));
        Assert.Equal("sm2", sm2.Public.ToJson()["keytype"]!.GetValue<string>());
        Assert.Equal("sm2-sm3", sm2.Public.ToJson()["scheme"]!.GetValue<string>());
    }

    [Fact]
    public void An_sm2_signature_verifies_with_openssl_using_sm3_and_the_default_user_id()
    {
        using var dir = TempCatalog.Empty();
        var (privatePem, publicPem) = SigningKey.Generate(KeyAlgorithm.Sm2);
        var key = SigningKey.FromPem(privatePem, out _)!;
        var data = Encoding.UTF8.GetBytes("{\"signed\":\"政务服务\"}");
        File.WriteAllBytes(Path.Combine(dir.Root, "data"), data);
        File.WriteAllBytes(Path.Combine(dir.Root, "sig"), key.Sign(data));
        File.WriteAllText(Path.Combine(dir.Root, "pub.pem"), publicPem);
        var openssl = Process.Start(new ProcessStartInfo("openssl", ["pkeyutl", "-verify", "-pubin", "-inkey", "pub.pem", "-rawin", "-in", "data", "-sigfile", "sig", "-digest", "sm3", "-pkeyopt", "distid:1234567812345678"])
        {
            WorkingDirectory = dir.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = openssl.StandardOutput.ReadToEnd() + openssl.StandardError.ReadToEnd();
        openssl.WaitForExit();
        Assert.True(openssl.ExitCode == 0, output);
        Assert.Contains("Signature Verified Successfully", output);
    }

    [Fact]
    public void Canonical_json_sorts_members_and_escapes_only_quotes_backslashes_and_controls()
    {
        var node = JsonNode.Parse("{\"b\":1,\"a\":{\"y\":\"x\\u0001\\\"中\\n\",\"x\":[true,null,-5]},\"B\":0}");
        Assert.Equal("{\"B\":0,\"a\":{\"x\":[true,null,-5],\"y\":\"x\\u0001\\\"中\\n\"},\"b\":1}", Encoding.UTF8.GetString(CanonicalJson.Bytes(node)));
        Assert.ThrowsAny<FormatException>(() => CanonicalJson.Bytes(JsonNode.Parse("{\"a\":1.5}")));
    }

    [Fact]
    public void A_root_whose_key_id_is_not_its_keys_digest_is_refused_as_unreadable()
    {
        var key = SigningKey.FromPem(SigningKey.Generate(KeyAlgorithm.P256).PrivatePem, out _)!;
        var roles = RoleNames.All.ToDictionary(r => r, _ => new RoleKeys([key.KeyId], 1));
        var json = new RootMetadata(1, DateTimeOffset.UtcNow.AddDays(1), new Dictionary<string, TrustKey> { [key.KeyId] = key.Public }, roles).ToJson();
        var text = json.ToJsonString().Replace(key.KeyId, new string('a', 64), StringComparison.Ordinal);
        var signed = new SignedMetadata((JsonObject)JsonNode.Parse(text)!);
        signed.Sign(key);
        var root = TrustedRoot.Load(signed.ToBytes(), "1.root.json", out var problem);
        Assert.Null(root);
        Assert.Equal("CAT0244", problem!.Rule.Id);
    }
}
