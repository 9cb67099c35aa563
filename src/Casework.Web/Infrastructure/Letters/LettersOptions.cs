namespace Casework.Web.Infrastructure.Letters;

/// <summary>Configuration section <c>Casework:Letters</c>.</summary>
public sealed class LettersOptions
{
    /// <summary>Daily end-of-day batch time, UK local time (COR-02).</summary>
    public TimeOnly CutOff { get; set; } = new(17, 30);

    /// <summary>Where the folder-drop delivery target writes one file per letter and the manifest.</summary>
    public string OutboxFolder { get; set; } = "outbox";

    /// <summary>How long a batch runner's lease lasts without renewal; a killed runner's lease expires after this.</summary>
    public int LeaseSeconds { get; set; } = 120;

    /// <summary>Whether the hosted job runs the batch at the cut-off by itself.</summary>
    public bool ScheduleBatch { get; set; } = true;

    /// <summary>The liblouis shared library braille letters are translated with (loaded in process).</summary>
    public string BrailleLibrary { get; set; } = Rendering.LouisLibrary.DefaultLibrary;
}
