using System.Net;
using System.Net.Http.Headers;
using Casework.Web.Tests.Infrastructure;
using PdfSharp.Pdf;

namespace Casework.Web.Tests.InboundCorrespondence;

/// <summary>A scan as POST and GET /api/service-requests/{ref}/inbound-documents show it.</summary>
public sealed record InboundDocumentView(int Id, string FileName, long Size, string Sha256, DateTimeOffset UploadedAt)
{
    public string? ServiceRequest { get; init; }

    public string? ContentType { get; init; }

    public DateOnly? ReceivedOn { get; init; }

    public string? Description { get; init; }

    public string? UploadedBy { get; init; }
}

/// <summary>A scan as read back from GET /api/inbound-documents/{id}.</summary>
public sealed record InboundFileView(byte[] Bytes, string? MediaType, string? Disposition, string? FileName);

/// <summary>Intent methods over the inbound correspondence API (COR-06); the happy paths assert their own status codes.</summary>
public static class InboundCorrespondenceApi
{
    public static string Url(string reference) => $"/api/service-requests/{reference}/inbound-documents";

    /// <summary>A real one-page PDF made with PDFsharp; <paramref name="padding"/> makes each one different (and bigger).</summary>
    public static byte[] ScannedPdf(string title = "Scan", int padding = 0)
    {
        using var document = new PdfDocument();
        document.Info.Title = title + new string('x', padding);
        document.AddPage();
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    public static MultipartFormDataContent Form(byte[]? file, string fileName = "scan.pdf", string contentType = "application/pdf", string? description = null, string? receivedOn = null)
    {
        var form = new MultipartFormDataContent();
        if (file is not null)
        {
            var part = new ByteArrayContent(file);
            part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            form.Add(part, "file", fileName);
        }

        if (description is not null)
        {
            form.Add(new StringContent(description), "description");
        }

        if (receivedOn is not null)
        {
            form.Add(new StringContent(receivedOn), "receivedOn");
        }

        return form;
    }

    public static async Task<HttpResponseMessage> TryUploadInbound(this HttpClient http, string reference, HttpContent form)
    {
        using (form)
        {
            return await http.PostAsync(Url(reference), form);
        }
    }

    public static Task<HttpResponseMessage> TryUploadInbound(
        this HttpClient http, string reference, byte[]? file, string fileName = "scan.pdf", string contentType = "application/pdf", string? description = null, string? receivedOn = null) =>
        http.TryUploadInbound(reference, Form(file, fileName, contentType, description, receivedOn));

    public static async Task<InboundDocumentView> UploadInbound(
        this HttpClient http, string reference, byte[] file, string fileName = "scan.pdf", string? description = null, string? receivedOn = null)
    {
        var response = await http.TryUploadInbound(reference, file, fileName, description: description, receivedOn: receivedOn);
        var document = await response.Read<InboundDocumentView>(HttpStatusCode.Created);
        Assert.Equal($"/api/inbound-documents/{document.Id}", response.Headers.Location?.OriginalString);
        return document;
    }

    public static Task<List<InboundDocumentView>> InboundDocuments(this HttpClient http, string reference) =>
        http.Get<List<InboundDocumentView>>(Url(reference));

    public static async Task<InboundFileView> InboundFile(this HttpClient http, int id)
    {
        using var response = await http.GetAsync($"/api/inbound-documents/{id}");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200 but got {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(bytes)}");
        var disposition = response.Content.Headers.ContentDisposition;
        return new InboundFileView(bytes, response.Content.Headers.ContentType?.MediaType, disposition?.DispositionType, disposition?.FileNameStar ?? disposition?.FileName?.Trim('"'));
    }
}
