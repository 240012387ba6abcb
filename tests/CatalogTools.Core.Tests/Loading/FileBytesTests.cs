using System.Security.Cryptography;
using CatalogTools.Core.Loading;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Core.Tests.Loading;

/// <summary>
/// <see cref="FileBytes.ReadReused"/> gives exactly File.ReadAllBytes' bytes and exceptions, through one
/// buffer per thread: large files, a small file after a large one, empty files, parallel readers.
/// </summary>
public sealed class FileBytesTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "filebytes-test-" + Guid.NewGuid().ToString("N")[..12]);

    public FileBytesTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void EveryFileOfTheSampleCatalogReadsAsFileReadAllBytes()
    {
        var files = Directory.GetFiles(RepoPaths.SampleCatalog, "*.yaml", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            Assert.True(FileBytes.ReadReused(file).SequenceEqual(File.ReadAllBytes(file)), file);
        }
    }

    [Fact]
    public void FilesLargerThanTheBufferReadWholeAndASmallFileAfterThemReadsOnlyItsOwnBytes()
    {
        foreach (var size in new[] { 64 * 1024, 64 * 1024 + 1, 300_000, 3_000_000 })
        {
            var big = Write("big.yaml", size);
            Assert.True(FileBytes.ReadReused(big).SequenceEqual(File.ReadAllBytes(big)), size.ToString());
            var small = Write("small.yaml", 10);
            Assert.Equal(File.ReadAllBytes(small), FileBytes.ReadReused(small).ToArray());
        }
    }

    [Fact]
    public void AnEmptyFileReadsAsNoBytes()
    {
        Assert.Equal(0, FileBytes.ReadReused(Write("empty.yaml", 0)).Length);
    }

    [Fact]
    public void AMissingFileOrAFolderThrowsWhatFileReadAllBytesThrows()
    {
        var missing = Path.Combine(_folder, "missing.yaml");
        Assert.Throws<FileNotFoundException>(() => FileBytes.ReadReused(missing).Length);
        var expected = Record.Exception(() => File.ReadAllBytes(_folder));
        Assert.NotNull(expected);
        var thrown = Record.Exception(() => FileBytes.ReadReused(_folder).Length);
        Assert.IsType(expected.GetType(), thrown);
    }

    [Fact]
    public void ThreadsReadingAtOnceEachGetTheirOwnFilesBytes()
    {
        var files = Enumerable.Range(0, 200).Select(i => Write($"f{i}.yaml", 1000 + i * 997)).ToArray();
        var expected = files.Select(f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))).ToArray();
        var mismatches = 0;
        Parallel.For(0, files.Length * 5, i =>
        {
            var at = i % files.Length;
            if (Convert.ToHexString(SHA256.HashData(FileBytes.ReadReused(files[at]))) != expected[at]) Interlocked.Increment(ref mismatches);
        });
        Assert.Equal(0, mismatches);
    }

    [Fact]
    public void AFileAnotherHandleHoldsWithoutSharingStillReadsOnLinuxForNoLockIsTaken()
    {
        var file = Write("held.yaml", 500);
        using var held = new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        if (OperatingSystem.IsLinux()) Assert.Equal(500, FileBytes.ReadReused(file).Length);
        else Assert.ThrowsAny<IOException>(() => FileBytes.ReadReused(file).Length);
    }

    private string Write(string name, int size)
    {
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
