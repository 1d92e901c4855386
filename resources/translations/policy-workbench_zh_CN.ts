<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BuiltinData</name>
    <message>
        <source>Built-in data %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in data %1 is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellScoresModel</name>
    <message>
        <source>Evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeApplier</name>
    <message>
        <source>Could not start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add a row to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete a row from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project changed underneath this edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change a row of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the change log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run &quot;%1 %2 --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing argument: the file to work on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make a temporary copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal framework: %1 (default fyp14).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s name (default: the file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the bundled sample project into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown framework &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; it was left as it is. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the sample project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created &quot;%1&quot;: framework %2 with %3 goals; %4 policies, %5 evaluators, %6 scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a project&apos;s file format, framework and contents. Never changes the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (newer than this version of the application, which knows %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (older; upgraded to %2 when opened for editing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a project&apos;s integrity and compatibility. Never changes the file.
Exit status: 0 sound, 1 problems found, 2 cannot open or not a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened read-only: newer format (file format %1; this version knows %2 and cannot edit it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: file format %1 is older than %2; the file will be upgraded when it is opened for editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imports policies or scores from a CSV file. If any row is rejected, nothing is imported and every rejected row is listed (exit status 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import policies: columns %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import scores: columns %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file&apos;s encoding: auto (default), utf-8 or gbk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --policies CSV or --scores CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;; use auto, utf-8 or gbk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; can only be opened read-only; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 to add, %4 to update, %5 unchanged, %6 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: correct the rows above and import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported into &quot;%1&quot;: %2 added, %3 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports policies or scores as CSV (UTF-8 with BOM, as Excel expects) or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export: policies or scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format: csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to OUT instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --what policies or --what scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --format csv or --format json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a large synthetic project for benchmarks. The same seed gives the same content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of evaluators, each scoring every goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the number of policies: --policies N (N ≥ 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the number of evaluators: --evaluators M (M ≥ 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed must be a whole number ≥ 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated &quot;%1&quot;: %2 policies, %3 evaluators, %4 scores, %5 evidence items in %6 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND [options]

Commands:
  new FILE.pwb [--framework fyp14|fyp13] [--name NAME] [--sample]
  info FILE.pwb [--json]
  check FILE.pwb
  import FILE.pwb --policies CSV|--scores CSV [--encoding auto|utf-8|gbk]
  export FILE.pwb --what policies|scores --format csv|json [-o OUT]
  generate OUT.pwb --policies N --evaluators M [--seed S]

&quot;%1 COMMAND --help&quot; describes a command. Without a command, or with a project file, the application window opens.
Exit status: 0 success; 1 input data rejected (nothing written); 2 the file cannot be opened or is not a project, or wrong usage.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Out of memory while reading the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read as CSV: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed (a &quot; is missing), so the rest of the file would be read as one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: there is no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to import (%2; the limit is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where the header has %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the value in column &quot;%1&quot; is %2 characters long; the limit is %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Document, e.g. 001 or the policy&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. §2.2(1) or p. 14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far along the logic model the evidence reaches: input → activity → output → outcome → impact. Scores of 3–4 need outcome evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page / section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least the source document or a quote.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Result level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page / section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkLibrary</name>
    <message>
        <source>Unknown framework &quot;%1&quot;. Built-in frameworks: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in framework &quot;%1&quot; is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework data is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node without code or Chinese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no id or no goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework data is invalid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message>
        <source>Choose between 1 and 1,000,000 policies and between 1 and 1,000 evaluators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated project (%1 policies, %2 evaluators, seed %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the generated project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalTreeModel</name>
    <message>
        <source>%1

%2
Sources: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All evaluators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>Import policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import scores from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import policies from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GBK (Excel on Chinese Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read as %1. %n new row(s), %2 changed, %3 unchanged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are rejected and will not be imported; see their reasons.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To import (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s), skip rejected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonExport</name>
    <message>
        <source>Could not write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No project is open. Open the sample project, create a new project, or open a project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;sample project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a clean copy of the project to another file and continue in the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Policies from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Scores from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;olicies to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Sc&amp;ores to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Policy Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer project format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Open it read-only? You can read and export it, but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is open read-only: changes cannot be saved to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Policy Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator: not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 policies · %2 goals · %3 evaluators · %4 scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is scoring?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name is stored with every score you give, so that several evaluators&apos; scores can stand side by side. You can change it later in Preferences.

Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is the open project. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was not written: %1
The open project is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1 and opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit policy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete policy %1 &quot;%2&quot; with its %n score(s) and their evidence?

You can undo this with Edit ▸ Undo.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Policy Workbench to use the new language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Policy Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy Workbench %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score international S&amp;T cooperation policies against the goals of the 14th Five-Year Plan, offline.

Qt %1 · SQLite %2 · QCustomPlot 2.1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal framework to score against</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dimension(s), %1 goals</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose file and create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the project a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenError</name>
    <message>
        <source>invalid page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty. It is not a Policy Workbench project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a Policy Workbench project (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is truncated: it is shorter than its own header says. It may have been cut off while copying or downloading; ask for the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is an SQLite database, but not a Policy Workbench project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; was saved by a newer version of Policy Workbench (file format %2). Update the application to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; is damaged and cannot be opened safely: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; has been altered outside Policy Workbench (%2). It is not opened, to keep your data safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; uses an older file format and must be upgraded, but the file is read-only. Copy it to a writable place first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyBrowser</name>
    <message>
        <source>Filter policies (code, title, issuer, description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyCsv</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header names the column &quot;%1&quot; more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no &quot;%1&quot; column. Policies need at least the columns code and title (or 编号 and 标题); the header found is: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; was already used on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year &quot;%1&quot; is not a whole number between 1900 and 2100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown level &quot;%1&quot; (use one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown instrument &quot;%1&quot; (use one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>Short unique code, e.g. P16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title as issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nstrument:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the policy a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another policy already has the code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the policy a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyTableModel</name>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) scored, %1 score(s) by all evaluators</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals scored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as it appears with your scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evaluator name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when the application is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent files to remember:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your evaluator name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>The project is open read-only; the change was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change &quot;%1&quot; could not be saved, and nothing was changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <source>Cannot create the folder for the sample project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy Workbench projects (*.pwb)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>Integrity check failed to run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken reference: a row of %1 refers to a missing row of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scores are given to a dimension instead of a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goals belong to a dimension that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goals belong to no framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project metadata is incomplete (name, uuid or framework missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project says it uses framework &quot;%1&quot; but holds &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite defensive mode is unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in the folder &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no goal framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the goal framework has no goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a different file than the open project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleProject</name>
    <message>
        <source>The sample project is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample project needs the framework &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample project refers to an unknown policy, goal or evaluator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the sample project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>its schema cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2 where a %3 is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the definition of %1 &quot;%2&quot; was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1.%2&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreCsv</name>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header names the column &quot;%1&quot; more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no &quot;%1&quot; column. Scores need the columns policy, goal, evaluator and score (or 政策, 目标, 评估人 and 评分); the header found is: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy code is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown policy code &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the goal code is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown goal code &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a dimension, not a goal: score its goals (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evaluator is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evaluator name &quot;%1&quot; is ambiguous: %2 evaluators of the project have it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the score is empty (write NA for &quot;not applicable&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the score &quot;%1&quot; is not 0, 1, 2, 3, 4 or NA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same policy, goal and evaluator as line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the scores: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <source>My score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/&amp;A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable: the goal does not concern this policy (not the same as 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale: why this score, with reference to the rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also saved when you leave the field (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear my score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for my score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All evaluators&apos; scores of this cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All evaluators&apos; scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a goal in the framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable to this policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored by you yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a score first; the rationale belongs to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>Save the file as &quot;CSV UTF-8&quot; (or choose the right encoding) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is UTF-16 text, which is not supported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains a NUL byte (line %1): it is not a text file. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid UTF-8: byte 0x%1 on line %2 cannot be decoded. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid UTF-8. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither UTF-8 (byte 0x%1 on line %2 cannot be decoded) nor GBK text. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid GBK text. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Import scores from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import policies from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n score(s) from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n policy(ies) from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add policy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit policy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete policy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit evidence of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evidence from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>National</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministerial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutional reform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy does not touch this goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentioned as a principle or direction only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concrete measures named, but no responsible body or procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible body, procedure, resources and timeline defined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented, with outcome-level evidence of effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Policy Workbench</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
