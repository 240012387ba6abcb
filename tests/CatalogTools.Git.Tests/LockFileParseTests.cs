using CatalogTools.Core.Diagnostics;
using CatalogTools.Git.Lock;

namespace CatalogTools.Git.Tests;

/// <summary>catalog.lock read back line by line: every kind of broken line named at its line, nothing else lost.</summary>
public sealed class LockFileParseTests
{
    private const string Hash = "274b82afe9328562855a48dc276cf27a8814c69dc580100a684972218d7ad752";

    [Fact]
    public void What_lock_writes_reads_back_the_same_with_crlf_line_ends_and_upper_case_hashes_too()
    {
        var entries = new[]
        {
            new LockEntry("GG00101001", Hash, 3, new DateOnly(2026, 11, 22), false),
            new LockEntry("GG00101001-230126-11230126099762151P", Hash.Replace('a', 'b'), 1, new DateOnly(2026, 12, 6), true),
        };
        var text = LockFile.Render(entries);

        foreach (var variant in new[] { text, text.Replace("\n", "\r\n"), text.Replace(Hash, Hash.ToUpperInvariant()), text.TrimEnd('\n') })
        {
            var read = LockFile.Parse(variant);
            Assert.Empty(read.Problems);
            Assert.Equal(entries.Select(e => (e.Code, e.Hash, e.Version, e.Changed, e.Retired)),
                read.Entries.Values.OrderBy(e => e.Code, StringComparer.Ordinal).Select(e => (e.Code, e.Hash, e.Version, e.Changed, e.Retired)));
            Assert.Equal([3, 4], read.Entries.Values.Select(e => e.Line).Order());
        }
    }

    [Fact]
    public void Each_broken_line_is_one_problem_at_its_line()
    {
        var text = LockFile.Header + string.Join('\n',
            $"GG00101001\t{Hash}\t1\t2026-11-22\tactive",          // 3: fine
            $"GG00101001\t{Hash}\t2\t2026-11-22\tactive",          // 4: twice
            $"GG00201001\t{Hash}\t1\t2026-11-22",                  // 5: four fields
            $"GG00201002\t{Hash}\t1\t2026-11-22\tactive\textra",   // 6: six fields
            $"GG00201003\tnot-a-hash\t1\t2026-11-22\tactive",      // 7: bad hash
            $"\t{Hash}\t1\t2026-11-22\tactive",                    // 8: empty code
            $"GG00201004\t{Hash}\t0\t2026-11-22\tactive",          // 9: version 0
            $"GG00201005\t{Hash}\t+1\t2026-11-22\tactive",         // 10: signed version
            $"GG00201006\t{Hash}\t1\t2026/11/22\tactive",          // 11: date not ISO
            $"GG00201007\t{Hash}\t1\t2026-11-22\tActive",          // 12: status
            $"GG00301001\t{Hash}\t1\t2026-11-22\tretired",         // 13: fine
            $"GG00201008\t{Hash}\t1\t2026-11-22\tactive",          // 14: out of order (fine otherwise)
            "<<<<<<< ours",                                        // 15: a conflict block left open
            $"GG00401001\t{Hash}\t1\t2026-11-22\tactive") + "\n";

        var read = LockFile.Parse(text);

        Assert.Equal(
            new (int, string)[]
            {
                (4, "lockFile.codeTwice"), (5, "lockFile.expectedFiveFields"), (6, "lockFile.expectedFiveFields"), (7, "lockFile.emptyCodeOrBadHash"),
                (8, "lockFile.emptyCodeOrBadHash"), (9, "lockFile.versionNotPositive"), (10, "lockFile.versionNotPositive"), (11, "lockFile.dateNotIso"),
                (12, "lockFile.badStatus"), (14, "lockFile.codeOutOfOrder"), (15, "lockFile.conflictNotClosed"),
            },
            read.Problems.Select(p => (p.Line, p.Detail.Id)));
        Assert.Equal(["GG00101001", "GG00201008", "GG00301001"], read.Entries.Keys.Order(StringComparer.Ordinal));
        Assert.True(read.Entries["GG00301001"].Retired);
        Assert.Equal(new MessageText("lockFile.expectedFiveFields", ("found", 4)), read.Problems[1].Detail);
        Assert.Equal(new MessageText("lockFile.expectedFiveFields", ("found", 6)), read.Problems[2].Detail);
        Assert.Equal(new MessageText("lockFile.versionNotPositive", ("version", "+1")), read.Problems[6].Detail);
        Assert.Equal(new MessageText("lockFile.dateNotIso", ("date", "2026/11/22")), read.Problems[7].Detail);
        Assert.Equal(new MessageText("lockFile.badStatus", ("status", "Active")), read.Problems[8].Detail);
    }
}
