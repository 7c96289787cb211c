namespace Haan.Report.Composition.Text;

/// <summary>Why <c>bericht.json</c> could not be deserialised (see <see cref="ReportMessages.ConfigurationUnreadable"/>).</summary>
internal enum ConfigurationReadFailure
{
    /// <summary>Not JSON, or a value of the wrong type.</summary>
    InvalidJson,

    /// <summary>A required field is missing.</summary>
    MissingRequiredField,

    /// <summary>A field the configuration does not know (typing error?).</summary>
    UnknownField,

    /// <summary>A number too large or not whole.</summary>
    NumberOutOfRange,
}
