namespace Haan.Report.Templates.Model;

/// <summary>
/// The claims the template functions made while one report was filled, in the order they were made. The fact check
/// of the demo report (tests) re-derives every entry from the published values.
/// </summary>
public sealed class ClaimLog
{
    private readonly List<Claim> claims = [];

    public IReadOnlyList<Claim> Claims => claims;

    /// <summary>Records a claim and returns its text, so a function can <c>return log.Add(…)</c>.</summary>
    public string Add(Claim claim)
    {
        claims.Add(claim);
        return claim.Text;
    }
}
