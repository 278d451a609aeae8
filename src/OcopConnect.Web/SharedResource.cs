namespace OcopConnect.Web;

/// <summary>
/// Anchor type for the shared strings. Keys are the Vietnamese texts themselves; Resources/SharedResource.en.resx
/// holds the English. A key without an English entry shows in Vietnamese, never as a blank.
/// </summary>
#pragma warning disable CA1812 // used only as a type argument of IStringLocalizer<T>
internal sealed class SharedResource;
#pragma warning restore CA1812
