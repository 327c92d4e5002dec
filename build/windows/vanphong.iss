; VanPhong (VănPhòng) — Inno Setup 6 script (needs Inno Setup 6.3 or newer: x64compatible).
;
; Build it with build\windows\build.ps1, which passes the version read from app\__init__.py
; (the one place the version lives):
;     ISCC.exe /DAppVersion=0.1.0 build\windows\vanphong.iss
; Input:  dist\vanphong\ (PyInstaller bundle: vanphong.exe, vanphong-cli.exe, _internal\)
;         .pyinstaller\icons\vanphong.ico (build\render_icon.py)
; Output: dist\vanphong-<version>-setup.exe
;
; Per-user install, no administrator rights: PrivilegesRequired=lowest puts {autopf} at
; %LOCALAPPDATA%\Programs and {autoprograms}/{autodesktop} in the user's own Start menu and
; desktop. The office's data lives in %LOCALAPPDATA%\VanPhong (appdirs' user data dir:
; the SQLite file, its backups, the instance lock); it is NOT part of {app} and is never
; listed in [UninstallDelete], so uninstalling (or upgrading) keeps it.
; This file is saved as UTF-8 with a byte order mark (required before Inno Setup 6.3).

#ifndef AppVersion
  #error Pass the version: ISCC.exe /DAppVersion=x.y.z (build.ps1 reads it from app\__init__.py)
#endif
#define AppName "VănPhòng"
#define AppExeName "vanphong.exe"
#define Root AddBackslash(SourcePath) + "..\.."

[Setup]
; AppId identifies the product for upgrades and the uninstaller: never change it.
AppId={{3307113C-5016-434A-8E5B-88D0CF3F6445}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=VanPhong
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
PrivilegesRequired=lowest
DefaultDirName={autopf}\VanPhong
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExeName}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
SetupIconFile={#Root}\.pyinstaller\icons\vanphong.ico
OutputDir={#Root}\dist
OutputBaseFilename=vanphong-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
; close a running VănPhòng (Restart Manager) before replacing its files
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#Root}\dist\vanphong\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Comment: "Sơ đồ tổ chức, lịch công tác, chuẩn bị họp, nghỉ phép"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes only the files it installed into {app}.
; The user's data in %LOCALAPPDATA%\VanPhong stays (tests/unit/test_packaging.py checks this).
