; VanPhong (VănPhòng) — Inno Setup 6 script (needs Inno Setup 6.3 or newer: x64compatible).
;
; Built on Linux under Wine by build/windows/build.sh (`make dist-windows`), or on Windows by
; build\windows\build.ps1; both pass the version read from app\__init__.py:
;     ISCC.exe /DAppVersion=0.1.0 [/DBundleDir=...] [/DOutputDir=...] [/DIconFile=...] build\windows\vanphong.iss
; Input:  the PyInstaller bundle (default dist\windows\vanphong: vanphong.exe, vanphong-cli.exe,
;         _internal\), the icon (default .pyinstaller\icons\vanphong.ico, build\render_icon.py)
; Output: VanPhong-<version>-setup.exe in OutputDir (default dist\windows)
;
; Install mode: for the current user without administrator rights by default (office staff
; rarely have them), into %LOCALAPPDATA%\Programs\VanPhong with the user's own Start menu and
; desktop; for all users into Program Files when run elevated or with /ALLUSERS
; (PrivilegesRequiredOverridesAllowed). The folder is chosen in [Code] (DefaultDir) rather
; than with {autopf}, which Wine 8 cannot expand in a per-user install: the script that ships
; is the one tested under Wine.
; The office's data lives in %LOCALAPPDATA%\VanPhong (appdirs' user data dir: the SQLite file,
; its backups, the instance lock); it is NOT part of {app} and is never deleted by the
; uninstaller or by an upgrade. The uninstaller says where it is.
; This file is saved as UTF-8 with a byte order mark (required before Inno Setup 6.3).

#ifndef AppVersion
  #error Pass the version: ISCC.exe /DAppVersion=x.y.z (build.sh and build.ps1 read it from app\__init__.py)
#endif
#define AppName "VănPhòng"
#define AppExeName "vanphong.exe"
#define Root AddBackslash(SourcePath) + "..\.."
#ifndef BundleDir
  #define BundleDir Root + "\dist\windows\vanphong"
#endif
#ifndef OutputDir
  #define OutputDir Root + "\dist\windows"
#endif
#ifndef Compression
  #define Compression "lzma2/max"
#endif
#ifndef IconFile
  #define IconFile Root + "\.pyinstaller\icons\vanphong.ico"
#endif

[Setup]
; AppId identifies the product for upgrades and the uninstaller: never change it.
AppId={{3307113C-5016-434A-8E5B-88D0CF3F6445}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=VanPhong
AppCopyright=VanPhong
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} {#AppVersion}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
DefaultDirName={code:DefaultDir}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
LicenseFile={#Root}\build\windows\license.txt
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExeName}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
SetupIconFile={#IconFile}
OutputDir={#OutputDir}
OutputBaseFilename=VanPhong-{#AppVersion}-setup
Compression={#Compression}
SolidCompression=yes
; close a running VănPhòng (Restart Manager) before replacing its files
CloseApplications=yes
RestartApplications=no

[Languages]
; Vietnamese first: the language when Windows' own is neither (Inno Setup ships no Vietnamese)
Name: "vietnamese"; MessagesFile: "{#Root}\build\windows\Vietnamese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
vietnamese.AppComment=Sơ đồ tổ chức, lịch công tác, chuẩn bị họp, nghỉ phép
english.AppComment=Org chart, weekly schedule, meeting preparation, leave
vietnamese.DataKept=Dữ liệu của văn phòng không bị xóa. Cơ sở dữ liệu và các bản sao lưu vẫn nằm trong thư mục:%n%n%1%n%nCài lại VănPhòng sẽ dùng tiếp dữ liệu này; muốn xóa hẳn thì xóa thư mục đó.
english.DataKept=The office's data was not removed. The database and its backups are still in the folder:%n%n%1%n%nInstalling VănPhòng again uses this data; to remove it for good, delete that folder.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; an upgrade replaces the whole bundle: no library of the older version is left behind
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#Root}\build\windows\license.txt"; DestDir: "{app}"; DestName: "LICENSE.txt"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes only what it installed into {app}.
; The user's data in %LOCALAPPDATA%\VanPhong stays (tests/unit/test_packaging.py checks this).

[Code]
// Per-user: %LOCALAPPDATA%\Programs\VanPhong (where a per-user autopf points on Windows);
// all users (elevated): Program Files\VanPhong.
function DefaultDir(Param: String): String;
begin
  if IsAdminInstallMode then
    Result := ExpandConstant('{commonpf64}\VanPhong')
  else
    Result := ExpandConstant('{localappdata}\Programs\VanPhong');
end;

// The data folder of the user running the uninstaller (appdirs' user_data_dir).
function DataFolder: String;
begin
  Result := AddBackslash(ExpandConstant('{localappdata}')) + 'VanPhong';
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataFolder) then
  begin
    Log('VanPhong data kept in ' + DataFolder);
    if not UninstallSilent then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [DataFolder]), mbInformation, MB_OK);
  end;
end;
