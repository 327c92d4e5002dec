# Build VanPhong's Windows installer on Windows: dist\windows\VanPhong-<version>-setup.exe
# (On Linux, `make dist-windows` builds the same installer under Wine: build/windows/build.sh.)
#
# On a Windows 10/11 x64 machine with:
#   - Python 3.11 x64 from python.org ("py" launcher installed), on PATH
#   - Inno Setup 6.3 or newer (https://jrsoftware.org/isinfo.php), default install folder
# From the repository root, in PowerShell:
#   powershell -ExecutionPolicy Bypass -File build\windows\build.ps1
#
# Steps: a build venv (.venv-win), `pip install -e .[dist]` (the app's dependencies and
# PyInstaller), icons, `pyinstaller build\vanphong.spec` (one-folder bundle in dist\vanphong:
# vanphong.exe without a console, vanphong-cli.exe for the command line), a smoke test of the
# frozen command line, then ISCC.exe with the version read from app\__init__.py.
# CI builds and tests the installer under Wine on Linux (make dist-windows-test); this
# script, the native route, has not been run on a Windows PC yet.

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root

function Invoke-Checked([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

# 1. The version: one place, app\__init__.py
$Match = Select-String -Path "app\__init__.py" -Pattern '^__version__ = "(.+)"' | Select-Object -First 1
if (-not $Match) { throw "no __version__ in app\__init__.py" }
$Version = $Match.Matches[0].Groups[1].Value
Write-Host "VanPhong $Version"

# 2. A build venv with the app and PyInstaller
$Venv = Join-Path $Root ".venv-win"
if (-not (Test-Path "$Venv\Scripts\python.exe")) { Invoke-Checked "py" @("-3.11", "-m", "venv", $Venv) }
$Py = "$Venv\Scripts\python.exe"
Invoke-Checked $Py @("-m", "pip", "install", "--quiet", "--upgrade", "pip")
Invoke-Checked $Py @("-m", "pip", "install", "--quiet", "-e", ".[dist]")

# 3. Icons (.ico for the .exe and the installer), rendered from resources\icons\vanphong.svg
$env:QT_QPA_PLATFORM = "offscreen"
Invoke-Checked $Py @("build\render_icon.py", ".pyinstaller\icons")
Remove-Item Env:QT_QPA_PLATFORM

# 4. The bundle
Invoke-Checked $Py @("-m", "PyInstaller", "build\vanphong.spec", "--noconfirm", "--distpath", "dist\windows", "--workpath", ".pyinstaller")

# 5. Smoke test of the frozen command line (console twin), in a throw-away database
$Tmp = Join-Path ([System.IO.Path]::GetTempPath()) ("vanphong-" + [guid]::NewGuid())
New-Item -ItemType Directory -Path $Tmp | Out-Null
$env:QT_QPA_PLATFORM = "offscreen"
try {
    $Cli = "dist\windows\vanphong\vanphong-cli.exe"
    Invoke-Checked $Cli @("--version")
    Invoke-Checked $Cli @("--db", "$Tmp\office.sqlite3", "demo")
    Invoke-Checked $Cli @("--db", "$Tmp\office.sqlite3", "check")
    Invoke-Checked $Cli @("--db", "$Tmp\office.sqlite3", "screenshot", "orgchart", "-o", "$Tmp\orgchart.png")
} finally {
    Remove-Item Env:QT_QPA_PLATFORM
    Remove-Item -Recurse -Force $Tmp
}

# 6. The installer
$Iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
          "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe") | Where-Object { Test-Path $_ } | Select-Object -First 1
if (-not $Iscc) { throw "ISCC.exe not found: install Inno Setup 6.3 or newer" }
Invoke-Checked $Iscc @("/DAppVersion=$Version", "build\windows\vanphong.iss")
Write-Host "Built dist\windows\VanPhong-$Version-setup.exe"
