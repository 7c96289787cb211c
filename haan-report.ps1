# Starter for Haan.Report (Windows PowerShell): builds the program once in Release mode when its sources changed,
# then runs the built program directly. Usage: .\haan-report.ps1 build   (or haan-report.cmd build from cmd.exe)
$ErrorActionPreference = 'Stop'
$root = $PSScriptRoot
$build = Join-Path $root '.build'
$target = Join-Path $build 'haan-report'
$stamp = Join-Path $target '.quellstand'

# Fingerprint of everything the program is built from: path, size and modification time of each source file.
$files = @(Get-ChildItem -Path (Join-Path $root 'src') -Recurse -File -Include '*.cs', '*.csproj', '*.json' |
    Where-Object { $_.FullName -notmatch '[\\/](bin|obj)[\\/]' })
foreach ($name in 'Directory.Build.props', 'Directory.Packages.props', 'global.json', '.editorconfig') {
    $path = Join-Path $root $name
    if (Test-Path $path) { $files += Get-Item -LiteralPath $path -Force }
}
$lines = $files | ForEach-Object {
    $relative = $_.FullName.Substring($root.Length).TrimStart('\', '/').Replace('\', '/')
    '{0} {1} {2}' -f $relative, $_.Length, $_.LastWriteTimeUtc.Ticks
} | Sort-Object -CaseSensitive
$sha = [System.Security.Cryptography.SHA256]::Create()
$fingerprint = [System.BitConverter]::ToString($sha.ComputeHash([System.Text.Encoding]::UTF8.GetBytes(($lines -join "`n")))).Replace('-', '')

$dll = Join-Path $target 'haan-report.dll'
$current = if (Test-Path $stamp) { (Get-Content -LiteralPath $stamp -Raw).Trim() } else { '' }
if (-not (Test-Path $dll) -or $current -ne $fingerprint) {
    [Console]::Error.WriteLine('Programm wird übersetzt (einmalig nach jeder Änderung am Programmcode, etwa eine Minute) …')
    if (Test-Path $target) { Remove-Item -LiteralPath $target -Recurse -Force }
    New-Item -ItemType Directory -Force -Path $build | Out-Null
    $log = Join-Path $build 'uebersetzen.log'
    & dotnet publish (Join-Path $root 'src/Haan.Report.Cli/Haan.Report.Cli.csproj') -c Release -o $target --nologo -v quiet -p:UseAppHost=false *> $log
    if ($LASTEXITCODE -ne 0) {
        [Console]::Error.WriteLine('Fehler: Das Programm konnte nicht übersetzt werden. Einzelheiten: .build\uebersetzen.log')
        exit 3
    }
    Set-Content -LiteralPath $stamp -Value $fingerprint -NoNewline
}

& dotnet $dll @args
exit $LASTEXITCODE
