# Builds the Windows installer of SkyRoad Station: an .msi (WiX 3, through jpackage) with the
# Java 17 runtime, JavaFX and the bundled fonts inside; Start-menu entry and desktop shortcut,
# installed per user by default (no administrator needed on a station laptop), an upgrade code
# so a newer version replaces the older one, `skyroad.exe` for the command line beside the
# desktop app, and `.srb` sync batches opening in the app.
#
#   powershell -ExecutionPolicy Bypass -File installer\windows\build-windows.ps1 [-PerMachine]
#       [-AppVersion 0.1.0] [-BuildDir target-installer] [-SkipMaven]
#
# Needs: JDK 17 (JAVA_HOME or JPACKAGE_JDK), Maven, WiX Toolset 3.x (candle.exe, light.exe on PATH).
# The user's data stays in %APPDATA%\SkyRoadStation: uninstalling or upgrading never touches it.
param(
    [switch]$PerMachine,
    [string]$AppVersion = "",
    [string]$BuildDir = "target-installer",
    [switch]$SkipMaven
)
$ErrorActionPreference = "Stop"
$Root = (Resolve-Path "$PSScriptRoot\..\..").Path
$Installer = Join-Path $Root "installer"
# Never change this: Windows Installer recognises the older version to replace by it.
$UpgradeUuid = "930f26d2-6242-4a8c-a554-9248afabc2df"

function Fail($m) { Write-Error "FAILED: $m"; exit 1 }

$pom = Get-Content (Join-Path $Root "pom.xml") -Raw
if ($pom -notmatch '(?m)^  <version>([^<]+)</version>') { Fail "no <version> in pom.xml" }
$Version = $Matches[1]
if ($AppVersion -eq "") { $AppVersion = $Version }
# MSI versions are numbers only: 0.1.0-SNAPSHOT -> 0.1.0
$AppVersion = ($AppVersion -split '-')[0]

$jdk = if ($env:JPACKAGE_JDK) { $env:JPACKAGE_JDK } else { $env:JAVA_HOME }
$jpackage = Join-Path $jdk "bin\jpackage.exe"
if (-not (Test-Path $jpackage)) { Fail "no jpackage in $jdk (set JAVA_HOME to a JDK 17)" }
if (-not (Get-Command candle.exe -ErrorAction SilentlyContinue)) { Fail "WiX 3 (candle.exe) is not on PATH" }

$build = Join-Path $Root $BuildDir
if (-not $SkipMaven -or -not (Test-Path "$build\skyroad-station.jar")) {
    Push-Location $Root
    mvn -q -B -ntp "-Dbuild.dir=$BuildDir" package -DskipTests
    if ($LASTEXITCODE -ne 0) { Fail "mvn package" }
    Pop-Location
}

$out = Join-Path $build "installer"
$stage = Join-Path $out "stage"
Remove-Item -Recurse -Force $out -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$stage\input\lib", "$stage\javafx", "$out\image" | Out-Null
Copy-Item "$build\skyroad-station.jar" "$stage\input\"
Get-ChildItem "$build\lib\*.jar" | ForEach-Object {
    if ($_.Name -like "javafx-*-win.jar") { Copy-Item $_.FullName "$stage\javafx\" }
    elseif ($_.Name -notlike "javafx-*") { Copy-Item $_.FullName "$stage\input\lib\" }
}
if (-not (Get-ChildItem "$stage\javafx\*.jar")) { Fail "no JavaFX Windows jars in $build\lib" }

$name = "SkyRoad Station"
& $jpackage --type app-image "@$Installer\jpackage\common.args" `
    --name $name --app-version $AppVersion `
    --input "$stage\input" --module-path "$stage\javafx" `
    --icon "$Installer\icons\skyroad-station.ico" `
    --add-launcher "skyroad=$Installer\launchers\skyroad.properties" `
    --dest "$out\image"
if ($LASTEXITCODE -ne 0) { Fail "jpackage app-image" }
$img = Join-Path $out "image\$name"

# JavaFX looks for its DLLs in the runtime's bin\ first; otherwise it copies them out of its
# jars into the user's profile on first start.
Add-Type -AssemblyName System.IO.Compression.FileSystem
Get-ChildItem "$stage\javafx\*.jar" | ForEach-Object {
    $zip = [System.IO.Compression.ZipFile]::OpenRead($_.FullName)
    foreach ($e in $zip.Entries) {
        if ($e.FullName -like "*.dll" -and $e.FullName -notlike "*/*") {
            [System.IO.Compression.ZipFileExtensions]::ExtractToFile($e, "$img\runtime\bin\$($e.Name)", $true)
        }
    }
    $zip.Dispose()
}

# The command line works from the image before any install.
& "$img\skyroad.exe" --help | Out-Null
if ($LASTEXITCODE -ne 0) { Fail "skyroad.exe --help from the app image" }

$msiArgs = @(
    "--type", "msi", "--app-image", $img, "--name", $name, "--app-version", $AppVersion,
    "--description", "Runs a rural e-commerce service station, offline first.", "--vendor", "SkyRoad",
    "--win-menu", "--win-menu-group", $name, "--win-shortcut", "--win-dir-chooser",
    "--win-upgrade-uuid", $UpgradeUuid,
    "--file-associations", "$Installer\file-associations\srb.properties",
    "--dest", $out
)
if (-not $PerMachine) { $msiArgs += "--win-per-user-install" }
& $jpackage @msiArgs
if ($LASTEXITCODE -ne 0) { Fail "jpackage msi" }
$msi = Get-ChildItem "$out\*.msi" | Select-Object -First 1
"app image: $img"
"msi: $($msi.FullName) ($([math]::Round($msi.Length / 1MB, 1)) MB)"
