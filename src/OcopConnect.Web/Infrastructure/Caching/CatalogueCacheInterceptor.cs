using System.Data.Common;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;

namespace OcopConnect.Web.Infrastructure.Caching;

/// <summary>
/// Evicts the cached catalogue pages after a save that changed anything the public can see. Evicts
/// once when the save completes and again when its transaction commits, so a page rendered from
/// the old rows between the two cannot outlive the change. Once the change is committed the other
/// instances are told too (<see cref="CacheEvictions"/>, decision 0019).
/// </summary>
public sealed class CatalogueCacheInterceptor(IOutputCacheStore store, CacheEvictions evictions) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>Rows no public page reads: saving only these keeps the cache.</summary>
    private static readonly HashSet<Type> Private =
    [
        typeof(AuditEntry), typeof(UserSession), typeof(EmailMessage), typeof(DataProtectionKey), typeof(AppUser), typeof(Invitation),
        typeof(IdentityUserToken<string>), typeof(IdentityUserRole<string>), typeof(IdentityUserClaim<string>), typeof(IdentityUserLogin<string>),
        typeof(StoredFile), typeof(ImportBatch),
    ];

    private bool _changed;

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Inspect(eventData);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Inspect(eventData);
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (_changed)
        {
            if (eventData.Context?.Database.CurrentTransaction is null)
            {
                _changed = false;
                await evictions.EvictAsync(CatalogueCache.Tag, CancellationToken.None);
            }
            else
            {
                await store.EvictByTagAsync(CatalogueCache.Tag, CancellationToken.None);
            }
        }
        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (_changed)
        {
            if (eventData.Context?.Database.CurrentTransaction is null)
            {
                _changed = false;
                evictions.Evict(CatalogueCache.Tag);
            }
            else
            {
                store.EvictByTagAsync(CatalogueCache.Tag, CancellationToken.None).AsTask().GetAwaiter().GetResult();
            }
        }
        return result;
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (_changed)
        {
            _changed = false;
            await evictions.EvictAsync(CatalogueCache.Tag, CancellationToken.None);
        }
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (_changed)
        {
            _changed = false;
            evictions.Evict(CatalogueCache.Tag);
        }
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _changed = false;
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _changed = false;

    private void Inspect(DbContextEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (_changed || eventData.Context is not { } context)
            return;
        _changed = context.ChangeTracker.Entries()
            .Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && !Private.Contains(e.Metadata.ClrType));
    }
}
