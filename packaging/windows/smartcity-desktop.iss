; SPDX-License-Identifier: GPL-3.0-or-later
; Inno Setup 6 script: per-user installer of the Windows bundle (no admin rights needed).
; Built by packaging/build.py on Windows when iscc is on PATH, or by hand:
;   iscc /DAppVersion=0.1.0 /DSourceDir=build\pyinstaller\dist\smartcity-desktop /DOutputDir=dist packaging\windows\smartcity-desktop.iss
; Installs into %LOCALAPPDATA%\Programs\Smart City Masterplan, adds a Start-menu entry, opens .smartcity files
; with SmartCityMasterplan.exe (their own icon), and on uninstall removes the program only: the user's plans and
; the app's data folder (%LOCALAPPDATA%\SmartCityDesktop) are kept.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\build\pyinstaller\dist\smartcity-desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "Smart City Masterplan"
#define GuiExe "SmartCityMasterplan.exe"
#define ProgId "SmartCityDesktop.Plan"

[Setup]
AppId={{6F2B8E0C-5A7D-4C1E-9B3A-2D4E8F1A7C55}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Smart City Masterplan Desktop team
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir={#OutputDir}
OutputBaseFilename=smartcity-desktop-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\smartcity-desktop.ico
UninstallDisplayIcon={app}\{#GuiExe}
Compression=lzma2/ultra64
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "id"; MessagesFile: "compiler:Languages\Indonesian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
id.OpenPlan=Buka rencana Smart City
en.OpenPlan=Open Smart City plan
id.PlanType=Rencana Masterplan Smart City
en.PlanType=Smart City masterplan
id.Associate=Buka berkas .smartcity dengan {#AppName}
en.Associate=Open .smartcity files with {#AppName}

[Tasks]
Name: "associate"; Description: "{cm:Associate}"; Flags: checkedonce
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\resources\icons\smartcity-plan.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; AppUserModelID: "SmartCityDesktop.Masterplan"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Tasks: desktopicon; AppUserModelID: "SmartCityDesktop.Masterplan"

[Registry]
; Per-user file association (HKCU\Software\Classes via HKA when installing without admin rights).
Root: HKA; Subkey: "Software\Classes\.smartcity"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.smartcity\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:PlanType}"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\smartcity-plan.ico"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open"; ValueType: string; ValueName: ""; ValueData: "{cm:OpenPlan}"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" ""%1"""; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".smartcity"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; [UninstallDelete] is left out on purpose: uninstalling removes only what [Files] installed, never the user's
; data folder or plans.
