using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace OcopConnect.DataGen;

/// <summary>
/// One table's binary COPY, with every value also fed into the run's fingerprint (so the same seed
/// can be proven to give the same rows without reading them back).
/// </summary>
internal sealed class TableWriter : IAsyncDisposable
{
    private readonly NpgsqlBinaryImporter _importer;
    private readonly IncrementalHash _hash;
    private readonly CancellationToken _ct;

    private TableWriter(string table, NpgsqlBinaryImporter importer, IncrementalHash hash, CancellationToken ct)
    {
        Table = table;
        _importer = importer;
        _hash = hash;
        _ct = ct;
    }

    public string Table { get; }

    public long Rows { get; private set; }

    public static async Task<TableWriter> BeginAsync(NpgsqlConnection connection, string table, IReadOnlyList<string> columns, IncrementalHash hash, CancellationToken ct)
    {
        var sql = $"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)";
        var importer = await connection.BeginBinaryImportAsync(sql, ct).ConfigureAwait(false);
        hash.AppendData(Encoding.UTF8.GetBytes(sql));
        return new TableWriter(table, importer, hash, ct);
    }

    public async ValueTask RowAsync()
    {
        Rows++;
        HashByte(0x1E);
        await _importer.StartRowAsync(_ct).ConfigureAwait(false);
    }

    public ValueTask IntAsync(int value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        _hash.AppendData(bytes);
        return new ValueTask(_importer.WriteAsync(value, NpgsqlDbType.Integer, _ct));
    }

    public ValueTask IntAsync(int? value) => value is int v ? IntAsync(v) : NullAsync();

    public ValueTask LongAsync(long? value)
    {
        if (value is not long v)
            return NullAsync();
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, v);
        _hash.AppendData(bytes);
        return new ValueTask(_importer.WriteAsync(v, NpgsqlDbType.Bigint, _ct));
    }

    public ValueTask BoolAsync(bool value)
    {
        HashByte(value ? (byte)1 : (byte)0);
        return new ValueTask(_importer.WriteAsync(value, NpgsqlDbType.Boolean, _ct));
    }

    public ValueTask TextAsync(string? value)
    {
        if (value is null)
            return NullAsync();
        var max = Encoding.UTF8.GetMaxByteCount(value.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(max + 1);
        try
        {
            var length = Encoding.UTF8.GetBytes(value, buffer);
            buffer[length] = 0x1F;
            _hash.AppendData(buffer, 0, length + 1);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return new ValueTask(_importer.WriteAsync(value, NpgsqlDbType.Varchar, _ct));
    }

    public ValueTask DateAsync(DateOnly? value)
    {
        if (value is not DateOnly v)
            return NullAsync();
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, v.DayNumber);
        _hash.AppendData(bytes);
        return new ValueTask(_importer.WriteAsync(v, NpgsqlDbType.Date, _ct));
    }

    public ValueTask TimeAsync(TimeOnly value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, value.Ticks);
        _hash.AppendData(bytes);
        return new ValueTask(_importer.WriteAsync(value, NpgsqlDbType.Time, _ct));
    }

    /// <summary>An instant; PostgreSQL's timestamptz takes UTC only.</summary>
    public ValueTask InstantAsync(DateTimeOffset? value)
    {
        if (value is not DateTimeOffset v)
            return NullAsync();
        var utc = v.ToUniversalTime();
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, utc.UtcTicks);
        _hash.AppendData(bytes);
        return new ValueTask(_importer.WriteAsync(utc, NpgsqlDbType.TimestampTz, _ct));
    }

    public ValueTask NullAsync()
    {
        HashByte(0x00);
        HashByte(0xFF);
        return new ValueTask(_importer.WriteNullAsync(_ct));
    }

    public async Task<ulong> CompleteAsync() => await _importer.CompleteAsync(_ct).ConfigureAwait(false);

    public ValueTask DisposeAsync() => _importer.DisposeAsync();

    private void HashByte(byte value)
    {
        Span<byte> one = [value];
        _hash.AppendData(one);
    }
}
