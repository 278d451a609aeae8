using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;

namespace OcopConnect.Web.Infrastructure.Files;

/// <summary>Where uploaded and generated files live. Keys are opaque strings, never paths.</summary>
public interface IFileStorage
{
    Task<string> SaveAsync(byte[] content, string contentType, CancellationToken ct = default);
    Task<StoredFileContent?> OpenAsync(string key, CancellationToken ct = default);
    Task DeleteAsync(string key, CancellationToken ct = default);
}

public sealed record StoredFileContent(byte[] Content, string ContentType, string Sha256, DateTimeOffset CreatedAt);

/// <summary>The default storage: rows of <c>stored_files</c> (bytea). Several instances need nothing shared but the database.</summary>
public sealed class PostgresFileStorage(OcopDbContext db, TimeProvider clock) : IFileStorage
{
    public async Task<string> SaveAsync(byte[] content, string contentType, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var file = new StoredFile
        {
            Id = Guid.CreateVersion7(),
            ContentType = contentType,
            Length = content.LongLength,
            Sha256 = Convert.ToHexString(SHA256.HashData(content)).ToLowerInvariant(),
            Content = content,
            CreatedAt = clock.GetUtcNow(),
        };
        db.StoredFiles.Add(file);
        await db.SaveChangesAsync(ct);
        return file.Id.ToString("N");
    }

    public async Task<StoredFileContent?> OpenAsync(string key, CancellationToken ct = default)
    {
        if (!Guid.TryParseExact(key, "N", out var id))
            return null;
        return await db.StoredFiles.AsNoTracking().Where(f => f.Id == id)
            .Select(f => new StoredFileContent(f.Content, f.ContentType, f.Sha256, f.CreatedAt))
            .SingleOrDefaultAsync(ct);
    }

    public async Task DeleteAsync(string key, CancellationToken ct = default)
    {
        if (Guid.TryParseExact(key, "N", out var id))
            await db.StoredFiles.Where(f => f.Id == id).ExecuteDeleteAsync(ct);
    }
}

public static class FileEndpoints
{
    /// <summary>
    /// Public files (product photos, logos) by key: correct type, nosniff, and cached for a year —
    /// a key never points to other bytes, so the cache can never be stale.
    /// </summary>
    public static void MapOcopFiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/files/{key}", async (string key, HttpContext http, IFileStorage storage, CancellationToken ct) =>
        {
            var file = await storage.OpenAsync(key, ct);
            if (file is null || !UploadRules.PublicImageTypes.Contains(file.ContentType))
                return Results.NotFound();
            var etag = $"\"{file.Sha256}\"";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            http.Response.Headers.ETag = etag;
            if (http.Request.Headers.IfNoneMatch == etag)
                return Results.StatusCode(StatusCodes.Status304NotModified);
            return Results.File(file.Content, file.ContentType);
        });
    }
}
