using Casework.Domain.Common;
using Casework.Web.Infrastructure;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Casework.Web.Features.InboundCorrespondence;

/// <summary>
/// Inbound correspondence (COR-06): POST a scanned PDF to an SR as multipart/form-data (<c>file</c>, optional
/// <c>description</c> and <c>receivedOn</c> as yyyy-MM-dd), list an SR's scans, and read one back inline.
/// </summary>
public static class InboundCorrespondenceEndpoints
{
    public static void MapInboundCorrespondence(this IEndpointRouteBuilder api)
    {
        api.MapGet("/service-requests/{reference}/inbound-documents", async (string reference, InboundCorrespondenceHandlers h, CancellationToken ct) =>
            (await h.ListAsync(reference, ct)).ToOk());

        // The form is read here rather than bound (and no Accepts metadata, which would send any other content type
        // to the API's 404 fallback), so every bad upload is a 400 naming the field `file`.
        // A bearer-token API: no cookie, so no antiforgery token to check.
        api.MapPost("/service-requests/{reference}/inbound-documents", async (string reference, HttpRequest http, InboundCorrespondenceHandlers h, CancellationToken ct) =>
            {
                var form = await ReadFormAsync(http, ct);
                if (!form.IsSuccess)
                {
                    return form.Refusal!.ToProblem();
                }

                var fields = form.Value!;
                return (await h.UploadAsync(reference, fields.Files.GetFile("file"), fields["description"], fields["receivedOn"], ct))
                    .ToHttp(d => TypedResults.Created($"/api/inbound-documents/{d.Id}", d));
            })
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(InboundCorrespondenceHandlers.MaxRequestSize))
            .WithFormOptions(multipartBodyLengthLimit: InboundCorrespondenceHandlers.MaxRequestSize);

        api.MapGet("/inbound-documents/{id:int}", async (int id, HttpResponse response, InboundCorrespondenceHandlers h, CancellationToken ct) =>
            (await h.DocumentAsync(id, ct)).ToHttp(f => Inline(response, f)));
    }

    /// <summary>Shows the PDF in the browser (inline), under its own file name; never sniffed as anything else.</summary>
    public static IResult Inline(HttpResponse response, InboundFile file)
    {
        SetInlineHeaders(response, file.FileName);
        return TypedResults.File(file.Bytes, file.ContentType);
    }

    public static void SetInlineHeaders(HttpResponse response, string fileName)
    {
        var disposition = new ContentDispositionHeaderValue("inline");
        disposition.SetHttpFileName(fileName);
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers.XContentTypeOptions = "nosniff";
    }

    private static async Task<Result<IFormCollection>> ReadFormAsync(HttpRequest http, CancellationToken ct)
    {
        if (!http.HasFormContentType)
        {
            return InvalidInput.For("file", "Send the scan as multipart/form-data, with the PDF in the field 'file'.");
        }

        try
        {
            return Result<IFormCollection>.Ok(await http.ReadFormAsync(ct));
        }
        catch (Exception e) when (e is InvalidDataException || (e is BadHttpRequestException bad && bad.StatusCode == StatusCodes.Status413PayloadTooLarge))
        {
            // Over the request or multipart limit: far bigger than any scan we accept.
            return InvalidInput.For("file", "The selected file must be smaller than 20 MB.");
        }
        catch (IOException) when (!ct.IsCancellationRequested)
        {
            // A malformed or truncated multipart body (the stream ends inside a part): bad input, not a server fault.
            return InvalidInput.For("file", "The upload was cut short or malformed. Send the scan again.");
        }
    }
}
