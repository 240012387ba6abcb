namespace CatalogTools.Core.Model;

/// <summary>
/// An implementation (实施清单事项): one region and agency offering a standard item, with what
/// the standard lets it choose, and optionally its own copy of standardized elements.
/// </summary>
public sealed class Implementation
{
    public required string Code { get; init; }
    public required string StandardCode { get; init; }
    public required string Region { get; init; }
    public required string Agency { get; init; }
    public string? Suffix { get; init; }
    public required string Status { get; init; }
    public TimeLimit? PromisedLimit { get; init; }
    public string? HandlingType { get; init; }
    public string? Address { get; init; }
    public string? Hours { get; init; }
    public Contact? Consultation { get; init; }
    public Contact? Complaint { get; init; }
    public Appointment? Appointment { get; init; }
    public string? OnlineDepth { get; init; }
    public int? Visits { get; init; }
    public IReadOnlyList<string> Channels { get; init; } = [];
    public string? CrossRegion { get; init; }
    public string? RetiredOn { get; init; }

    /// <summary>帮办代办 as published, or null when the implementation says nothing about it.</summary>
    public Assistance? Assistance { get; init; }

    /// <summary>The office's own copy of standardized elements; null elements inherit.</summary>
    public required StandardElements Own { get; init; }

    public required SourceRef Source { get; init; }
    public required FieldPositions Fields { get; init; }

    public bool IsActive => Status == Vocabulary.Active;
}
