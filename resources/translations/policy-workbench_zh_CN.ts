<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Aggregation</name>
    <message>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>set by lead evaluator</source>
        <translation>由牵头评估人设定</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>有分歧</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>nominal</source>
        <translation>定类</translation>
    </message>
    <message>
        <source>ordinal</source>
        <translation>定序</translation>
    </message>
    <message>
        <source>interval</source>
        <translation>定距</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>定比</translation>
    </message>
</context>
<context>
    <name>Ahp</name>
    <message>
        <source>The consistency ratio is %1, above the limit of %2: the comparisons contradict each other. Revise the pairs that contribute most to the inconsistency.</source>
        <translation>一致性比率为 %1，超过上限 %2：两两比较的判断相互矛盾。请修改对不一致性贡献最大的比较对。</translation>
    </message>
</context>
<context>
    <name>BuiltinData</name>
    <message>
        <source>Built-in data %1 is missing from this build.</source>
        <translation>此版本缺少内置数据 %1。</translation>
    </message>
    <message>
        <source>Built-in data %1 is invalid: %2</source>
        <translation>内置数据 %1 无效：%2</translation>
    </message>
</context>
<context>
    <name>CellScoresModel</name>
    <message>
        <source>Evaluator</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>评分理由</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
</context>
<context>
    <name>ChangeApplier</name>
    <message>
        <source>Could not start a transaction</source>
        <translation>无法开始事务</translation>
    </message>
    <message>
        <source>Could not save the change</source>
        <translation>无法保存更改</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>内部错误</translation>
    </message>
    <message>
        <source>Could not add a row to %1</source>
        <translation>无法向 %1 添加行</translation>
    </message>
    <message>
        <source>Could not delete a row from %1</source>
        <translation>无法从 %1 删除行</translation>
    </message>
    <message>
        <source>The project changed underneath this edit</source>
        <translation>本次编辑期间项目已被其他操作更改</translation>
    </message>
    <message>
        <source>Could not change a row of %1</source>
        <translation>无法修改 %1 中的行</translation>
    </message>
    <message>
        <source>Could not write the change log</source>
        <translation>无法写入更改日志</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run &quot;%1 %2 --help&quot; for usage.</source>
        <translation>运行“%1 %2 --help”查看用法。</translation>
    </message>
    <message>
        <source>Missing argument: the file to work on.</source>
        <translation>缺少参数：要处理的文件。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>cannot make a temporary copy</source>
        <translation>无法创建临时副本</translation>
    </message>
    <message>
        <source>Creates a project file.</source>
        <translation>创建项目文件。</translation>
    </message>
    <message>
        <source>Command.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <source>The project file to create.</source>
        <translation>要创建的项目文件。</translation>
    </message>
    <message>
        <source>The goal framework: %1 (default fyp14).</source>
        <translation>目标框架：%1（默认为 fyp14）。</translation>
    </message>
    <message>
        <source>The project&apos;s name (default: the file name).</source>
        <translation>项目名称（默认为文件名）。</translation>
    </message>
    <message>
        <source>Write the bundled sample project into it.</source>
        <translation>写入随附的示例项目。</translation>
    </message>
    <message>
        <source>Unknown framework &quot;%1&quot;; use one of: %2.</source>
        <translation>未知的目标框架“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; it was left as it is. Choose another file name.</source>
        <translation>“%1”已存在，未作改动。请另选文件名。</translation>
    </message>
    <message>
        <source>Could not write the sample project: %1</source>
        <translation>无法写入示例项目：%1</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot;: framework %2 with %3 goals; %4 policies, %5 evaluators, %6 scores.</source>
        <translation>已创建“%1”：目标框架 %2，含 %3 个目标；%4 项政策，%5 名评估人，%6 个评分。</translation>
    </message>
    <message>
        <source>Shows a project&apos;s file format, framework and contents. Never changes the file.</source>
        <translation>显示项目的文件格式、目标框架和内容。不会修改文件。</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>项目文件。</translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation>输出 JSON 对象。</translation>
    </message>
    <message>
        <source>%1 (newer than this version of the application, which knows %2)</source>
        <translation>%1（比本版应用程序新，本版最高支持 %2）</translation>
    </message>
    <message>
        <source>%1 (older; upgraded to %2 when opened for editing)</source>
        <translation>%1（较旧；打开编辑时将升级到 %2）</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>schema version</source>
        <translation>文件格式版本</translation>
    </message>
    <message>
        <source>application id</source>
        <translation>应用标识</translation>
    </message>
    <message>
        <source>framework</source>
        <translation>目标框架</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>policies</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>dimensions</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>evaluators</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Checks a project&apos;s integrity and compatibility. Never changes the file.
Exit status: 0 sound, 1 problems found, 2 cannot open or not a project.</source>
        <translation>检查项目的完整性和兼容性。不会修改文件。
退出状态：0 正常，1 发现问题，2 无法打开或不是项目文件。</translation>
    </message>
    <message>
        <source>opened read-only: newer format (file format %1; this version knows %2 and cannot edit it)</source>
        <translation>以只读方式打开：格式较新（文件格式 %1；本版本最高支持 %2，无法编辑该文件）</translation>
    </message>
    <message>
        <source>Note: file format %1 is older than %2; the file will be upgraded when it is opened for editing.</source>
        <translation>注意：文件格式 %1 早于 %2；打开编辑时将升级该文件。</translation>
    </message>
    <message>
        <source>%1: sound.</source>
        <translation>%1：正常。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found:</source>
        <translation>
            <numerusform>%1：发现 %n 个问题：</numerusform>
        </translation>
    </message>
    <message>
        <source>Imports policies or scores from a CSV file. If any row is rejected, nothing is imported and every rejected row is listed (exit status 1).</source>
        <translation>从 CSV 文件导入政策或评分。只要有一行被拒绝，就不导入任何内容，并列出所有被拒绝的行（退出状态 1）。</translation>
    </message>
    <message>
        <source>Import policies: columns %1.</source>
        <translation>导入政策：列为 %1。</translation>
    </message>
    <message>
        <source>Import scores: columns %1.</source>
        <translation>导入评分：列为 %1。</translation>
    </message>
    <message>
        <source>The CSV file&apos;s encoding: auto (default), utf-8 or gbk.</source>
        <translation>CSV 文件的编码：auto（默认）、utf-8 或 gbk。</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;; use auto, utf-8 or gbk.</source>
        <translation>未知编码“%1”；请使用 auto、utf-8 或 gbk。</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can only be opened read-only; nothing was imported.</source>
        <translation>“%1”只能以只读方式打开；未导入任何内容。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>%1 (%2): %3 to add, %4 to update, %5 unchanged, %6 rejected.</source>
        <translation>%1（%2）：新增 %3，更新 %4，未变 %5，拒绝 %6。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the rows above and import the file again.</source>
        <translation>未导入任何内容：请更正以上各行后重新导入文件。</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>没有需要更改的内容。</translation>
    </message>
    <message>
        <source>Imported into &quot;%1&quot;: %2 added, %3 updated.</source>
        <translation>已导入“%1”：新增 %2，更新 %3。</translation>
    </message>
    <message>
        <source>The format: csv or json.</source>
        <translation>格式：csv 或 json。</translation>
    </message>
    <message>
        <source>Write to OUT instead of standard output.</source>
        <translation>写入 OUT，而不是标准输出。</translation>
    </message>
    <message>
        <source>Give --format csv or --format json.</source>
        <translation>请指定 --format csv 或 --format json。</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Exported %1 to &quot;%2&quot;.</source>
        <translation>已将 %1 导出到“%2”。</translation>
    </message>
    <message>
        <source>Creates a large synthetic project for benchmarks. The same seed gives the same content.</source>
        <translation>创建用于基准测试的大型合成项目。相同的种子生成相同的内容。</translation>
    </message>
    <message>
        <source>Number of policies.</source>
        <translation>政策数量。</translation>
    </message>
    <message>
        <source>Number of evaluators, each scoring every goal.</source>
        <translation>评估人数量（每人为每个目标评分）。</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>随机种子（默认为 1）。</translation>
    </message>
    <message>
        <source>Give the number of policies: --policies N (N ≥ 1).</source>
        <translation>请指定政策数量：--policies N（N ≥ 1）。</translation>
    </message>
    <message>
        <source>Give the number of evaluators: --evaluators M (M ≥ 1).</source>
        <translation>请指定评估人数量：--evaluators M（M ≥ 1）。</translation>
    </message>
    <message>
        <source>The seed must be a whole number ≥ 0.</source>
        <translation>种子必须是 ≥ 0 的整数。</translation>
    </message>
    <message>
        <source>Generating… %1%</source>
        <translation>正在生成… %1%</translation>
    </message>
    <message>
        <source>Generated &quot;%1&quot;: %2 policies, %3 evaluators, %4 scores, %5 evidence items in %6 ms.</source>
        <translation>已生成“%1”：%2 项政策，%3 名评估人，%4 个评分，%5 条证据，用时 %6 毫秒。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Import weights into the active weight set: columns code,weight (dimension or goal code, raw weight, normalised within siblings).</source>
        <translation>将权重导入当前使用的权重方案：列为 code,weight（维度或目标编号、原始权重；在同级条目内归一化）。</translation>
    </message>
    <message>
        <source>Give one of --policies CSV, --scores CSV or --weights CSV.</source>
        <translation>请指定 --policies CSV、--scores CSV 或 --weights CSV 之一。</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;.</source>
        <translation>无法打开“%1”。</translation>
    </message>
    <message>
        <source>The project can only be opened read-only; nothing was imported.</source>
        <translation>该项目只能以只读方式打开；未导入任何内容。</translation>
    </message>
    <message>
        <source>Exports policies, scores or the scoring engine&apos;s aggregates as CSV (UTF-8 with BOM, as Excel expects) or JSON.</source>
        <translation>将政策、评分或评分引擎的汇总结果导出为 CSV（带 BOM 的 UTF-8，符合 Excel 要求）或 JSON。</translation>
    </message>
    <message>
        <source>What to export: policies, scores or aggregates.</source>
        <translation>导出内容：policies（政策）、scores（评分）或 aggregates（汇总结果）。</translation>
    </message>
    <message>
        <source>With --what aggregates: the weight set to use (default: the active one).</source>
        <translation>用于 --what aggregates：所用的权重方案（默认为当前使用的方案）。</translation>
    </message>
    <message>
        <source>Give --what policies, --what scores or --what aggregates.</source>
        <translation>请指定 --what policies、--what scores 或 --what aggregates。</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND [options]

Commands:
  new FILE.pwb [--framework fyp14|fyp13] [--name NAME] [--sample]
  info FILE.pwb [--json]
  check FILE.pwb
  import FILE.pwb --policies CSV|--scores CSV|--weights CSV [--encoding auto|utf-8|gbk]
  export FILE.pwb --what policies|scores|aggregates --format csv|json [--weights NAME] [-o OUT]
  sensitivity FILE.pwb [--draws N] [--seed S] [--format json] [--weights NAME] [-o OUT]
  generate OUT.pwb --policies N --evaluators M [--seed S]

&quot;%1 COMMAND --help&quot; describes a command. Without a command, or with a project file, the application window opens.
Exit status: 0 success; 1 input data rejected (nothing written); 2 the file cannot be opened or is not a project, or wrong usage.
</source>
        <translation>用法：%1 COMMAND [选项]

命令：
  new FILE.pwb [--framework fyp14|fyp13] [--name NAME] [--sample]
  info FILE.pwb [--json]
  check FILE.pwb
  import FILE.pwb --policies CSV|--scores CSV|--weights CSV [--encoding auto|utf-8|gbk]
  export FILE.pwb --what policies|scores|aggregates --format csv|json [--weights NAME] [-o OUT]
  sensitivity FILE.pwb [--draws N] [--seed S] [--format json] [--weights NAME] [-o OUT]
  generate OUT.pwb --policies N --evaluators M [--seed S]

“%1 COMMAND --help”显示该命令的说明。不带命令或只给出项目文件时，将打开应用程序窗口。
退出状态：0 成功；1 输入数据被拒绝（未写入任何内容）；2 文件无法打开或不是项目文件，或用法错误。
</translation>
    </message>
</context>
<context>
    <name>CliScoring</name>
    <message>
        <source>There is no weight set &quot;%1&quot; in this project. Weight sets: %2.</source>
        <translation>此项目中没有权重方案“%1”。现有权重方案：%2。</translation>
    </message>
    <message>
        <source>How much the ranking depends on the weights: a Monte Carlo of N weight draws around the current set (Dirichlet per level) with each policy&apos;s median rank, 5–95 % rank interval and probability of staying in the top k, and the stability interval of every weight.</source>
        <translation>分析排名对权重的依赖程度：围绕当前权重方案进行 N 次蒙特卡洛权重抽样（每个层次采用 Dirichlet 分布），给出每项政策的排名中位数、5–95% 排名区间和保持前 k 名的概率，以及每个权重的稳定区间。</translation>
    </message>
    <message>
        <source>Command.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>项目文件。</translation>
    </message>
    <message>
        <source>Number of draws (default 1000).</source>
        <translation>抽样次数（默认为 1000）。</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>随机种子（默认为 1）。</translation>
    </message>
    <message>
        <source>Output format: json.</source>
        <translation>输出格式：json。</translation>
    </message>
    <message>
        <source>Weight set name (default: the active set).</source>
        <translation>权重方案名称（默认为当前使用的方案）。</translation>
    </message>
    <message>
        <source>Dirichlet concentration per level (default 100; larger is closer to the current weights).</source>
        <translation>每个层次的 Dirichlet 集中度参数（默认为 100；数值越大越接近当前权重）。</translation>
    </message>
    <message>
        <source>k for the probability of staying in the top k (default 3).</source>
        <translation>“保持前 k 名的概率”中的 k（默认为 3）。</translation>
    </message>
    <message>
        <source>Write to OUT instead of standard output.</source>
        <translation>写入 OUT，而不是标准输出。</translation>
    </message>
    <message>
        <source>Run &quot;policy-workbench sensitivity --help&quot; for usage.</source>
        <translation>运行“policy-workbench sensitivity --help”查看用法。</translation>
    </message>
    <message>
        <source>Give exactly one project file.</source>
        <translation>请只指定一个项目文件。</translation>
    </message>
    <message>
        <source>--draws must be a whole number from 1 to 1,000,000.</source>
        <translation>--draws 必须是 1 到 1,000,000 之间的整数。</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number.</source>
        <translation>--seed 必须是非负整数。</translation>
    </message>
    <message>
        <source>--concentration must be a positive number.</source>
        <translation>--concentration 必须是正数。</translation>
    </message>
    <message>
        <source>--top must be a whole number of at least 1.</source>
        <translation>--top 必须是不小于 1 的整数。</translation>
    </message>
    <message>
        <source>Only --format json is supported.</source>
        <translation>仅支持 --format json。</translation>
    </message>
    <message>
        <source>Monte Carlo: %1%</source>
        <translation>蒙特卡洛：%1%</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>The project has no weight set.</source>
        <translation>此项目没有权重方案。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The weights in %1 are the ones already set; nothing changed.</source>
        <translation>%1 中的权重与当前设置相同；未作任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>Weight set &quot;%1&quot; updated from %2 (%n weight(s) changed, now revision %3).</source>
        <translation>
            <numerusform>已根据 %2 更新权重方案“%1”（更改了 %n 个权重，现为第 %3 版）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Out of memory while reading the file.</source>
        <translation>读取文件时内存不足。</translation>
    </message>
    <message>
        <source>The file could not be read as CSV: %1</source>
        <translation>无法按 CSV 格式读取该文件：%1</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed (a &quot; is missing), so the rest of the file would be read as one value.</source>
        <translation>第 %1 行：带引号的字段没有结束（缺少一个 &quot;），文件的其余部分将被读作一个值。</translation>
    </message>
    <message>
        <source>The file is empty: there is no header row.</source>
        <translation>文件为空：没有标题行。</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to import (%2; the limit is %3).</source>
        <translation>“%1”过大，无法导入（%2；上限为 %3）。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where the header has %1</source>
        <translation>
            <numerusform>有 %n 个字段，而标题行有 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>the value in column &quot;%1&quot; is %2 characters long; the limit is %3</source>
        <translation>“%1”列的值长 %2 个字符；上限为 %3</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>DisputedCellsModel</name>
    <message>
        <source>%1 (set by lead)</source>
        <translation>%1（牵头人设定）</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>各评分</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>极差</translation>
    </message>
    <message>
        <source>Std. dev.</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>共识评分</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Document, e.g. 001 or the policy&apos;s title</source>
        <translation>文件，如 001 或政策标题</translation>
    </message>
    <message>
        <source>e.g. §2.2(1) or p. 14</source>
        <translation>如 §2.2(1) 或第 14 页</translation>
    </message>
    <message>
        <source>How far along the logic model the evidence reaches: input → activity → output → outcome → impact. Scores of 3–4 need outcome evidence.</source>
        <translation>证据在逻辑模型中达到的层次：投入 → 活动 → 产出 → 成果 → 影响。评 3–4 分需要成果层次的证据。</translation>
    </message>
    <message>
        <source>&amp;Source document:</source>
        <translation>来源文件(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Page / section:</source>
        <translation>页码 / 章节(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>原文摘录(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Result level:</source>
        <translation>结果层次(&amp;R)：</translation>
    </message>
    <message>
        <source>Give at least the source document or a quote.</source>
        <translation>请至少填写来源文件或原文摘录。</translation>
    </message>
</context>
<context>
    <name>EvidenceMaturity</name>
    <message>
        <source>effect claimed without outcome evidence</source>
        <translation>声称有效果但缺少成果证据</translation>
    </message>
    <message>
        <source>the evidence stops at input or activity level</source>
        <translation>证据仅停留在投入或活动层次</translation>
    </message>
    <message>
        <source>no evidence is recorded</source>
        <translation>未记录证据</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Result level</source>
        <translation>结果层次</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Page / section</source>
        <translation>页码 / 章节</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>原文摘录</translation>
    </message>
</context>
<context>
    <name>FrameworkLibrary</name>
    <message>
        <source>Unknown framework &quot;%1&quot;. Built-in frameworks: %2.</source>
        <translation>未知的目标框架“%1”。内置目标框架：%2。</translation>
    </message>
    <message>
        <source>The built-in framework &quot;%1&quot; is missing from this build.</source>
        <translation>此版本缺少内置目标框架“%1”。</translation>
    </message>
    <message>
        <source>Framework data is not valid JSON: %1</source>
        <translation>目标框架数据不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>a node without code or Chinese name</source>
        <translation>存在缺少编号或中文名称的节点</translation>
    </message>
    <message>
        <source>the code %1 appears twice</source>
        <translation>编号 %1 出现了两次</translation>
    </message>
    <message>
        <source>no id or no goals</source>
        <translation>缺少 id 或目标</translation>
    </message>
    <message>
        <source>Framework data is invalid: %1.</source>
        <translation>目标框架数据无效：%1。</translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message>
        <source>Choose between 1 and 1,000,000 policies and between 1 and 1,000 evaluators.</source>
        <translation>政策数量应在 1 到 1,000,000 之间，评估人数量应在 1 到 1,000 之间。</translation>
    </message>
    <message>
        <source>Generated project (%1 policies, %2 evaluators, seed %3)</source>
        <translation>生成的项目（%1 项政策，%2 名评估人，种子 %3）</translation>
    </message>
    <message>
        <source>Could not write the generated project: %1</source>
        <translation>无法写入生成的项目：%1</translation>
    </message>
    <message>
        <source>Evaluator %1</source>
        <translation>评估人 %1</translation>
    </message>
</context>
<context>
    <name>GoalSummaryModel</name>
    <message>
        <source>Krippendorff&apos;s alpha (ordinal) over %1 pairable scores in %2 cells</source>
        <translation>基于 %2 个评分单元中 %1 个可配对评分计算的 Krippendorff α 系数（定序）</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Mean consensus</source>
        <translation>共识评分均值</translation>
    </message>
    <message>
        <source>Policies ≥ 3</source>
        <translation>≥3 分政策</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>α 系数</translation>
    </message>
</context>
<context>
    <name>GoalTreeModel</name>
    <message>
        <source>%1

%2
Sources: %3</source>
        <translation>%1

%2
来源：%3</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>My score</source>
        <translation>我的评分</translation>
    </message>
    <message>
        <source>All evaluators</source>
        <translation>全体评估人</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Policy Workbench user guide</source>
        <translation>政策评估工作台用户指南</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>Import policies</source>
        <translation>导入政策</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import scores</source>
        <translation>导入评分</translation>
    </message>
    <message>
        <source>Import scores from %1</source>
        <translation>从 %1 导入评分</translation>
    </message>
    <message>
        <source>Import policies from %1</source>
        <translation>从 %1 导入政策</translation>
    </message>
    <message>
        <source>Export scores</source>
        <translation>导出评分</translation>
    </message>
    <message>
        <source>Export policies</source>
        <translation>导出政策</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>GBK (Excel on Chinese Windows)</source>
        <translation>GBK（中文 Windows 版 Excel）</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>无法导入此文件：%1</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1. %n new row(s), %2 changed, %3 unchanged.</source>
        <translation>
            <numerusform>按 %1 读取。新增 %n 行，更改 %2 行，未变 %3 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are rejected and will not be imported; see their reasons.</source>
        <translation>
            <numerusform>%n 行被拒绝，不会导入；请查看原因。</numerusform>
        </translation>
    </message>
    <message>
        <source>add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行内容</translation>
    </message>
    <message>
        <source>To import (%1)</source>
        <translation>待导入（%1）</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>已拒绝（%1）</translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s), skip rejected</source>
        <translation>
            <numerusform>导入 %n 行，跳过被拒绝的行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>导入 %n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonExport</name>
    <message>
        <source>Could not write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Could not read the project: %1</source>
        <translation>无法读取项目：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No project is open. Open the sample project, create a new project, or open a project file.</source>
        <translation>尚未打开项目。请打开示例项目、新建项目或打开项目文件。</translation>
    </message>
    <message>
        <source>Open the &amp;sample project</source>
        <translation>打开示例项目(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Sample project</source>
        <translation>示例项目</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Write a clean copy of the project to another file and continue in the copy</source>
        <translation>将项目整理后另存为新文件，并在新文件中继续工作</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Import &amp;Policies from CSV…</source>
        <translation>从 CSV 导入政策(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;Scores from CSV…</source>
        <translation>从 CSV 导入评分(&amp;S)…</translation>
    </message>
    <message>
        <source>Export P&amp;olicies to CSV…</source>
        <translation>导出政策到 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Export Sc&amp;ores to CSV…</source>
        <translation>导出评分到 CSV(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add Policy…</source>
        <translation>添加政策(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit Policy…</source>
        <translation>编辑政策(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Policy</source>
        <translation>删除政策(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Find Policy</source>
        <translation>查找政策(&amp;F)</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About Policy Workbench</source>
        <translation>关于政策评估工作台(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Goal framework</source>
        <translation>目标框架</translation>
    </message>
    <message>
        <source>Newer project format</source>
        <translation>项目格式较新</translation>
    </message>
    <message>
        <source>%1

Open it read-only? You can read and export it, but not change it.</source>
        <translation>%1

是否以只读方式打开？可以查看和导出，但不能修改。</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>更改未保存</translation>
    </message>
    <message>
        <source>The project is open read-only: changes cannot be saved to this file.</source>
        <translation>项目以只读方式打开：更改无法保存到此文件。</translation>
    </message>
    <message>
        <source>Policy Workbench</source>
        <translation>政策评估工作台</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation>%1 [只读]</translation>
    </message>
    <message>
        <source>%1 — Policy Workbench</source>
        <translation>%1 — 政策评估工作台</translation>
    </message>
    <message>
        <source>Evaluator: %1</source>
        <translation>评估人：%1</translation>
    </message>
    <message>
        <source>Evaluator: not set</source>
        <translation>评估人：未设置</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>%1 policies · %2 goals · %3 evaluators · %4 scores</source>
        <translation>%1 项政策 · %2 个目标 · %3 名评估人 · %4 个评分</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Who is scoring?</source>
        <translation>评估人是谁？</translation>
    </message>
    <message>
        <source>Your name is stored with every score you give, so that several evaluators&apos; scores can stand side by side. You can change it later in Preferences.

Your name:</source>
        <translation>您给出的每个评分都会记录您的姓名，以便多位评估人的评分并列对照。以后可在“首选项”中修改。

您的姓名：</translation>
    </message>
    <message>
        <source>Create project</source>
        <translation>创建项目</translation>
    </message>
    <message>
        <source>That file is the open project. Choose another name.</source>
        <translation>该文件是当前打开的项目。请另选文件名。</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Save a copy of the project</source>
        <translation>保存项目副本</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>The copy was not written: %1
The open project is unchanged.</source>
        <translation>未能写入副本：%1
当前打开的项目未受影响。</translation>
    </message>
    <message>
        <source>Saved a copy as %1 and opened it.</source>
        <translation>已将副本另存为 %1 并打开。</translation>
    </message>
    <message>
        <source>Add policy</source>
        <translation>添加政策</translation>
    </message>
    <message>
        <source>Edit policy %1</source>
        <translation>编辑政策 %1</translation>
    </message>
    <message>
        <source>Delete policy</source>
        <translation>删除政策</translation>
    </message>
    <message numerus="yes">
        <source>Delete policy %1 &quot;%2&quot; with its %n score(s) and their evidence?

You can undo this with Edit ▸ Undo.</source>
        <translation>
            <numerusform>删除政策 %1“%2”及其 %n 个评分和相应证据？

可通过“编辑 ▸ 撤销”恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Restart Policy Workbench to use the new language.</source>
        <translation>请重新启动政策评估工作台以使用新语言。</translation>
    </message>
    <message>
        <source>About Policy Workbench</source>
        <translation>关于政策评估工作台</translation>
    </message>
    <message>
        <source>Policy Workbench %1</source>
        <translation>政策评估工作台 %1</translation>
    </message>
    <message>
        <source>Score international S&amp;T cooperation policies against the goals of the 14th Five-Year Plan, offline.

Qt %1 · SQLite %2 · QCustomPlot 2.1</source>
        <translation>对照“十四五”规划目标，离线评估国际科技合作政策。

Qt %1 · SQLite %2 · QCustomPlot 2.1</translation>
    </message>
    <message>
        <source>Project &amp;Properties…</source>
        <translation>项目属性(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Weights…</source>
        <translation>权重(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Sensitivity Analysis…</source>
        <translation>敏感性分析(&amp;S)…</translation>
    </message>
    <message>
        <source>Show &amp;Results</source>
        <translation>查看结果(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;valuation</source>
        <translation>评估(&amp;V)</translation>
    </message>
    <message>
        <source>S&amp;core</source>
        <translation>评分(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>结果(&amp;R)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1
Framework: %2 · file format %3
%4 policies, %5 evaluators, %6 scores, %7 evidence items</source>
        <translation>%1
目标框架：%2 · 文件格式 %3
%4 项政策，%5 名评估人，%6 个评分，%7 条证据</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Project &amp;name:</source>
        <translation>项目名称(&amp;N)：</translation>
    </message>
    <message>
        <source>New evaluation</source>
        <translation>新评估</translation>
    </message>
    <message>
        <source>Goal framework to score against</source>
        <translation>评分所依据的目标框架</translation>
    </message>
    <message numerus="yes">
        <source>%n dimension(s), %1 goals</source>
        <translation>
            <numerusform>%n 个维度，%1 个目标</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose file and create…</source>
        <translation>选择文件并创建…</translation>
    </message>
    <message>
        <source>Give the project a name.</source>
        <translation>请为项目命名。</translation>
    </message>
</context>
<context>
    <name>OpenError</name>
    <message>
        <source>invalid page size</source>
        <translation>页大小无效</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取文件“%1”：%2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty. It is not a Policy Workbench project.</source>
        <translation>文件“%1”为空，不是政策评估工作台项目。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a Policy Workbench project (it is not an SQLite database).</source>
        <translation>文件“%1”不是政策评估工作台项目（不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is truncated: it is shorter than its own header says. It may have been cut off while copying or downloading; ask for the file again.</source>
        <translation>文件“%1”不完整：实际长度小于文件头中声明的长度。可能在复制或下载时被截断；请重新获取该文件。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is an SQLite database, but not a Policy Workbench project.</source>
        <translation>文件“%1”是 SQLite 数据库，但不是政策评估工作台项目。</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; was saved by a newer version of Policy Workbench (file format %2). Update the application to edit it.</source>
        <translation>项目“%1”由较新版本的政策评估工作台保存（文件格式 %2）。请升级应用程序后再编辑。</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; is damaged and cannot be opened safely: %2</source>
        <translation>项目“%1”已损坏，无法安全打开：%2</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; has been altered outside Policy Workbench (%2). It is not opened, to keep your data safe.</source>
        <translation>项目“%1”已在政策评估工作台之外被修改（%2）。为保护数据安全，未打开该项目。</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; uses an older file format and must be upgraded, but the file is read-only. Copy it to a writable place first.</source>
        <translation>项目“%1”使用较旧的文件格式，需要升级，但该文件为只读。请先将其复制到可写入的位置。</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; could not be opened: %2</source>
        <translation>无法打开项目“%1”：%2</translation>
    </message>
</context>
<context>
    <name>PolicyBrowser</name>
    <message>
        <source>Filter policies (code, title, issuer, description)</source>
        <translation>筛选政策（编号、标题、发布机构、描述）</translation>
    </message>
    <message>
        <source>Filter policies</source>
        <translation>筛选政策</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <source>Level filter</source>
        <translation>层级筛选</translation>
    </message>
    <message>
        <source>All instruments</source>
        <translation>全部政策工具</translation>
    </message>
    <message>
        <source>Instrument filter</source>
        <translation>政策工具筛选</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>政策</translation>
    </message>
</context>
<context>
    <name>PolicyCsv</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>政策工具</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>The header names the column &quot;%1&quot; more than once.</source>
        <translation>标题行中“%1”列出现了不止一次。</translation>
    </message>
    <message>
        <source>The file has no &quot;%1&quot; column. Policies need at least the columns code and title (or 编号 and 标题); the header found is: %2</source>
        <translation>文件中没有“%1”列。政策至少需要 code 和 title 列（或“编号”和“标题”列）；文件的标题行为：%2</translation>
    </message>
    <message>
        <source>the code is empty</source>
        <translation>编号为空</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; was already used on line %2</source>
        <translation>编号“%1”已在第 %2 行使用</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>标题为空</translation>
    </message>
    <message>
        <source>the year &quot;%1&quot; is not a whole number between 1900 and 2100</source>
        <translation>年份“%1”不是 1900 到 2100 之间的整数</translation>
    </message>
    <message>
        <source>unknown level &quot;%1&quot; (use one of: %2)</source>
        <translation>未知层级“%1”（请使用以下之一：%2）</translation>
    </message>
    <message>
        <source>unknown instrument &quot;%1&quot; (use one of: %2)</source>
        <translation>未知政策工具“%1”（请使用以下之一：%2）</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; contains a line break or tab</source>
        <translation>编号“%1”包含换行符或制表符</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>Short unique code, e.g. P16</source>
        <translation>简短且唯一的编号，如 P16</translation>
    </message>
    <message>
        <source>Title as issued</source>
        <translation>发布时的正式标题</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编号(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>发布机构(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>层级(&amp;L)：</translation>
    </message>
    <message>
        <source>I&amp;nstrument:</source>
        <translation>政策工具(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Give the policy a code.</source>
        <translation>请填写政策编号。</translation>
    </message>
    <message>
        <source>Another policy already has the code &quot;%1&quot;.</source>
        <translation>已有其他政策使用编号“%1”。</translation>
    </message>
    <message>
        <source>Give the policy a title.</source>
        <translation>请填写政策标题。</translation>
    </message>
</context>
<context>
    <name>PolicyTableModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) scored, %1 score(s) by all evaluators</source>
        <translation>
            <numerusform>已评 %n 个目标，全体评估人共 %1 个评分</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>政策工具</translation>
    </message>
    <message>
        <source>Goals scored</source>
        <translation>已评目标</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Your name, as it appears with your scores</source>
        <translation>显示在评分旁的姓名</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Evaluator name:</source>
        <translation>评估人姓名(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language takes effect when the application is restarted.</source>
        <translation>新语言将在重新启动应用程序后生效。</translation>
    </message>
    <message>
        <source>&amp;Recent files to remember:</source>
        <translation>最近文件记录数(&amp;R)：</translation>
    </message>
    <message>
        <source>Your evaluator name cannot be empty.</source>
        <translation>评估人姓名不能为空。</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>The project is open read-only; the change was not made.</source>
        <translation>项目以只读方式打开；未进行更改。</translation>
    </message>
    <message>
        <source>The change &quot;%1&quot; could not be saved, and nothing was changed: %2</source>
        <translation>无法保存更改“%1”，项目未作任何改动：%2</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <source>Cannot create the folder for the sample project: %1</source>
        <translation>无法为示例项目创建文件夹：%1</translation>
    </message>
    <message>
        <source>Sample project</source>
        <translation>示例项目</translation>
    </message>
    <message>
        <source>Policy Workbench projects (*.pwb)</source>
        <translation>政策评估工作台项目 (*.pwb)</translation>
    </message>
</context>
<context>
    <name>ProjectPropertiesDialog</name>
    <message>
        <source>Project properties</source>
        <translation>项目属性</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Name in &amp;English (optional):</source>
        <translation>英文名称（可选）(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Description in En&amp;glish (optional):</source>
        <translation>英文描述（可选）(&amp;G)：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>The project needs a name.</source>
        <translation>项目必须有名称。</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>Integrity check failed to run: %1</source>
        <translation>无法执行完整性检查：%1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>完整性：%1</translation>
    </message>
    <message>
        <source>Broken reference: a row of %1 refers to a missing row of %2</source>
        <translation>引用失效：%1 中的某行引用了 %2 中不存在的行</translation>
    </message>
    <message>
        <source>%1 scores are given to a dimension instead of a goal</source>
        <translation>有 %1 个评分打给了维度而非目标</translation>
    </message>
    <message>
        <source>%1 goals belong to a dimension that does not exist</source>
        <translation>有 %1 个目标所属的维度不存在</translation>
    </message>
    <message>
        <source>%1 goals belong to no framework</source>
        <translation>有 %1 个目标不属于任何目标框架</translation>
    </message>
    <message>
        <source>Project metadata is incomplete (name, uuid or framework missing)</source>
        <translation>项目元数据不完整（缺少名称、uuid 或目标框架）</translation>
    </message>
    <message>
        <source>The project says it uses framework &quot;%1&quot; but holds &quot;%2&quot;</source>
        <translation>项目声明使用目标框架“%1”，但实际包含的是“%2”</translation>
    </message>
    <message>
        <source>SQLite defensive mode is unavailable</source>
        <translation>SQLite 防御模式不可用</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; already exists.</source>
        <translation>文件“%1”已存在。</translation>
    </message>
    <message>
        <source>Cannot write in the folder &quot;%1&quot;: %2</source>
        <translation>无法写入文件夹“%1”：%2</translation>
    </message>
    <message>
        <source>Could not create the project: %1</source>
        <translation>无法创建项目：%1</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>the project has no goal framework</source>
        <translation>项目没有目标框架</translation>
    </message>
    <message>
        <source>the goal framework has no goals</source>
        <translation>目标框架中没有目标</translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation>项目以只读方式打开。</translation>
    </message>
    <message>
        <source>Choose a different file than the open project.</source>
        <translation>请选择与当前打开项目不同的文件。</translation>
    </message>
    <message>
        <source>Could not write the copy: %1</source>
        <translation>无法写入副本：%1</translation>
    </message>
    <message>
        <source>The scores cannot be read.</source>
        <translation>无法读取评分。</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Median rank and 5–95 % interval over the Monte Carlo weight draws</source>
        <translation>蒙特卡洛权重抽样下的排名中位数及 5–95% 区间</translation>
    </message>
    <message>
        <source>Cells scored 3 or 4 whose evidence stops at input or activity level (effect claimed without outcome evidence)</source>
        <translation>评为 3 或 4 分、但证据仅停留在投入或活动层次的评分单元（声称有效果但缺少成果证据）</translation>
    </message>
    <message>
        <source>Cells where the evaluators&apos; scores differ by 2 or more</source>
        <translation>评估人评分相差 2 分及以上的评分单元</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1（%2–%3）</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Score (0–4)</source>
        <translation>得分（0–4）</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>得分（0–100）</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>已评目标</translation>
    </message>
    <message>
        <source>Rank (5–95 %)</source>
        <translation>排名（5–95%）</translation>
    </message>
    <message>
        <source>P(top %1)</source>
        <translation>P(top %1)</translation>
    </message>
    <message>
        <source>Unsupported claims</source>
        <translation>证据不足</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>分歧</translation>
    </message>
</context>
<context>
    <name>SampleProject</name>
    <message>
        <source>The sample project is missing from this build.</source>
        <translation>此版本缺少示例项目。</translation>
    </message>
    <message>
        <source>The sample project needs the framework &quot;%1&quot;.</source>
        <translation>示例项目需要目标框架“%1”。</translation>
    </message>
    <message>
        <source>The sample project refers to an unknown policy, goal or evaluator.</source>
        <translation>示例项目引用了未知的政策、目标或评估人。</translation>
    </message>
    <message>
        <source>Create the sample project</source>
        <translation>创建示例项目</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>its schema cannot be read</source>
        <translation>无法读取其数据库结构</translation>
    </message>
    <message>
        <source>unexpected %1 &quot;%2&quot;</source>
        <translation>多出 %1“%2”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2 where a %3 is expected</source>
        <translation>“%1”是 %2，而应为 %3</translation>
    </message>
    <message>
        <source>the definition of %1 &quot;%2&quot; was changed</source>
        <translation>%1“%2”的定义已被修改</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is missing</source>
        <translation>缺少 %1“%2”</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; is missing</source>
        <translation>缺少表“%1”</translation>
    </message>
    <message>
        <source>column &quot;%1.%2&quot; is missing</source>
        <translation>缺少列“%1.%2”</translation>
    </message>
</context>
<context>
    <name>ScoreCsv</name>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>评分理由</translation>
    </message>
    <message>
        <source>The header names the column &quot;%1&quot; more than once.</source>
        <translation>标题行中“%1”列出现了不止一次。</translation>
    </message>
    <message>
        <source>The file has no &quot;%1&quot; column. Scores need the columns policy, goal, evaluator and score (or 政策, 目标, 评估人 and 评分); the header found is: %2</source>
        <translation>文件中没有“%1”列。评分需要 policy、goal、evaluator 和 score 列（或“政策”“目标”“评估人”和“评分”列）；文件的标题行为：%2</translation>
    </message>
    <message>
        <source>the policy code is empty</source>
        <translation>政策编号为空</translation>
    </message>
    <message>
        <source>unknown policy code &quot;%1&quot;</source>
        <translation>未知的政策编号“%1”</translation>
    </message>
    <message>
        <source>the goal code is empty</source>
        <translation>目标编号为空</translation>
    </message>
    <message>
        <source>unknown goal code &quot;%1&quot;</source>
        <translation>未知的目标编号“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a dimension, not a goal: score its goals (%2)</source>
        <translation>“%1”是维度而不是目标：请为其下的目标（%2）评分</translation>
    </message>
    <message>
        <source>the evaluator is empty</source>
        <translation>评估人为空</translation>
    </message>
    <message>
        <source>the evaluator name &quot;%1&quot; is ambiguous: %2 evaluators of the project have it</source>
        <translation>评估人姓名“%1”有歧义：项目中有 %2 名评估人使用该姓名</translation>
    </message>
    <message>
        <source>the score is empty (write NA for &quot;not applicable&quot;)</source>
        <translation>评分为空（“不适用”请填写 NA）</translation>
    </message>
    <message>
        <source>the score &quot;%1&quot; is not 0, 1, 2, 3, 4 or NA</source>
        <translation>评分“%1”不是 0、1、2、3、4 或 NA</translation>
    </message>
    <message>
        <source>the same policy, goal and evaluator as line %1</source>
        <translation>政策、目标和评估人与第 %1 行重复</translation>
    </message>
    <message>
        <source>Could not read the scores: %1</source>
        <translation>无法读取评分：%1</translation>
    </message>
    <message>
        <source>the evaluator name &quot;%1&quot; contains a line break or tab</source>
        <translation>评估人姓名“%1”包含换行符或制表符</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <source>My score</source>
        <translation>我的评分</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>N/&amp;A</source>
        <translation>不适用(&amp;A)</translation>
    </message>
    <message>
        <source>Not applicable: the goal does not concern this policy (not the same as 0).</source>
        <translation>不适用：该目标与此政策无关（不同于 0 分）。</translation>
    </message>
    <message>
        <source>Rationale: why this score, with reference to the rubric</source>
        <translation>评分理由：对照评分标准，说明给出此分的理由</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>评分理由</translation>
    </message>
    <message>
        <source>Save rationale</source>
        <translation>保存评分理由</translation>
    </message>
    <message>
        <source>Also saved when you leave the field (Ctrl+Return)</source>
        <translation>离开输入框时也会自动保存（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Clear my score</source>
        <translation>清除我的评分</translation>
    </message>
    <message>
        <source>Evidence for my score</source>
        <translation>我的评分证据</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>All evaluators&apos; scores of this cell</source>
        <translation>本评分单元的全体评估人评分</translation>
    </message>
    <message>
        <source>All evaluators&apos; scores</source>
        <translation>全体评估人评分</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Choose a policy</source>
        <translation>请选择政策</translation>
    </message>
    <message>
        <source>Choose a goal in the framework</source>
        <translation>请在目标框架中选择目标</translation>
    </message>
    <message>
        <source>Not applicable to this policy.</source>
        <translation>不适用于此政策。</translation>
    </message>
    <message>
        <source>Not scored by you yet.</source>
        <translation>您尚未评分。</translation>
    </message>
    <message>
        <source>Choose a score first; the rationale belongs to it.</source>
        <translation>请先选择评分；评分理由附属于评分。</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>编辑证据</translation>
    </message>
</context>
<context>
    <name>ScoringView</name>
    <message>
        <source>&amp;Weights…</source>
        <translation>权重(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Sensitivity…</source>
        <translation>敏感性分析(&amp;S)…</translation>
    </message>
    <message>
        <source>Weight &amp;set:</source>
        <translation>权重方案(&amp;S)：</translation>
    </message>
    <message>
        <source>Weight set</source>
        <translation>权重方案</translation>
    </message>
    <message>
        <source>Mean of evaluators</source>
        <translation>评估人评分均值</translation>
    </message>
    <message>
        <source>Median of evaluators</source>
        <translation>评估人评分中位数</translation>
    </message>
    <message>
        <source>Consensus method</source>
        <translation>共识评分计算方法</translation>
    </message>
    <message>
        <source>How the scores of several evaluators are combined into a cell&apos;s consensus; N/A is left out.</source>
        <translation>多位评估人的评分如何合成为评分单元的共识评分；“不适用”不计入。</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>&amp;Ranking</source>
        <translation>排名(&amp;R)</translation>
    </message>
    <message>
        <source>Disputed cells</source>
        <translation>有分歧的评分单元</translation>
    </message>
    <message>
        <source>Each evaluator&apos;s score and rationale</source>
        <translation>各评估人的评分和评分理由</translation>
    </message>
    <message>
        <source>Consensus of this cell (lead evaluator)</source>
        <translation>本评分单元的共识评分（牵头评估人）</translation>
    </message>
    <message>
        <source>Why the panel agreed on this value</source>
        <translation>评估组商定此分值的理由</translation>
    </message>
    <message>
        <source>Set &amp;consensus</source>
        <translation>设定共识评分(&amp;C)</translation>
    </message>
    <message>
        <source>Use computed &amp;value</source>
        <translation>使用计算值(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>分值(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>评分理由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Disagreements</source>
        <translation>分歧(&amp;D)</translation>
    </message>
    <message>
        <source>Goals: weight, coverage, agreement, evidence</source>
        <translation>目标：权重、覆盖、一致性、证据</translation>
    </message>
    <message>
        <source>&amp;Goals and agreement</source>
        <translation>目标与一致性(&amp;G)</translation>
    </message>
    <message>
        <source>%1 (rev. %2)</source>
        <translation>%1（第 %2 版）</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 CR %2</source>
        <translation>%1 CR %2</translation>
    </message>
    <message>
        <source>dimensions</source>
        <translation>维度</translation>
    </message>
    <message numerus="yes">
        <source>Agreement (Krippendorff&apos;s alpha, ordinal): %1 · %n disputed cell(s) · %2 claim(s) without outcome evidence</source>
        <translation>
            <numerusform>一致性（Krippendorff α，定序）：%1 · %n 个分歧评分单元 · %2 项成效声称缺少成果证据</numerusform>
        </translation>
    </message>
    <message>
        <source> · AHP consistency: %1</source>
        <translation> · AHP 一致性：%1</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>A weight set named &quot;%1&quot; exists already.</source>
        <translation>名为“%1”的权重方案已存在。</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>敏感性分析</translation>
    </message>
    <message>
        <source>Monte Carlo draws of the weights around the current set (Dirichlet, concentration 100 per level):</source>
        <translation>围绕当前权重方案的蒙特卡洛权重抽样次数（Dirichlet 分布，每个层次集中度为 100）：</translation>
    </message>
    <message>
        <source>Drawing weights…</source>
        <translation>正在抽取权重…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Default weights</source>
        <translation>默认权重</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>Weight stability</source>
        <translation>权重稳定性</translation>
    </message>
    <message>
        <source>&amp;Evaluators and weight stability</source>
        <translation>评估人与权重稳定性(&amp;E)</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评分数</translation>
    </message>
    <message>
        <source>Flagged cells they claimed</source>
        <translation>其声称成效的被标记单元</translation>
    </message>
    <message>
        <source>Their own unsupported claims</source>
        <translation>本人证据不足的声称</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前值</translation>
    </message>
    <message>
        <source>Top policy stays first between</source>
        <translation>首位政策保持不变的区间</translation>
    </message>
    <message>
        <source>No rank changes between</source>
        <translation>排名不变的区间</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>only goal of its dimension</source>
        <translation>所属维度的唯一目标</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>Sensitivity</name>
    <message>
        <source>The number of draws must be at least 1.</source>
        <translation>抽样次数至少为 1。</translation>
    </message>
    <message>
        <source>The concentration must be greater than zero.</source>
        <translation>集中度参数必须大于零。</translation>
    </message>
    <message>
        <source>k must be at least 1.</source>
        <translation>k 至少为 1。</translation>
    </message>
    <message>
        <source>Too many policies for the Monte Carlo analysis.</source>
        <translation>政策数量过多，无法进行蒙特卡洛分析。</translation>
    </message>
    <message>
        <source>The weights do not match the framework of the scores.</source>
        <translation>权重与评分所用的目标框架不匹配。</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>Save the file as &quot;CSV UTF-8&quot; (or choose the right encoding) and try again.</source>
        <translation>请将文件另存为“CSV UTF-8”格式（或选择正确的编码）后重试。</translation>
    </message>
    <message>
        <source>The file is UTF-16 text, which is not supported. %1</source>
        <translation>该文件为 UTF-16 文本，不受支持。%1</translation>
    </message>
    <message>
        <source>The file contains a NUL byte (line %1): it is not a text file. %2</source>
        <translation>文件包含 NUL 字节（第 %1 行），不是文本文件。%2</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8: byte 0x%1 on line %2 cannot be decoded. %3</source>
        <translation>文件不是有效的 UTF-8：第 %2 行的字节 0x%1 无法解码。%3</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8. %1</source>
        <translation>文件不是有效的 UTF-8。%1</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 (byte 0x%1 on line %2 cannot be decoded) nor GBK text. %3</source>
        <translation>文件既不是 UTF-8（第 %2 行的字节 0x%1 无法解码），也不是 GBK 文本。%3</translation>
    </message>
    <message>
        <source>The file is not valid GBK text. %1</source>
        <translation>文件不是有效的 GBK 文本。%1</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Import scores from %1</source>
        <translation>从 %1 导入评分</translation>
    </message>
    <message>
        <source>Import policies from %1</source>
        <translation>从 %1 导入政策</translation>
    </message>
    <message numerus="yes">
        <source>Import %n score(s) from %1</source>
        <translation>
            <numerusform>从 %1 导入 %n 个评分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n policy(ies) from %1</source>
        <translation>
            <numerusform>从 %1 导入 %n 项政策</numerusform>
        </translation>
    </message>
    <message>
        <source>Add policy %1</source>
        <translation>添加政策 %1</translation>
    </message>
    <message>
        <source>Edit policy %1</source>
        <translation>编辑政策 %1</translation>
    </message>
    <message>
        <source>Delete policy %1</source>
        <translation>删除政策 %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Score %1: %2</source>
        <translation>评分 %1：%2</translation>
    </message>
    <message>
        <source>Clear score %1</source>
        <translation>清除评分 %1</translation>
    </message>
    <message>
        <source>Add evidence to %1</source>
        <translation>为 %1 添加证据</translation>
    </message>
    <message>
        <source>Edit evidence of %1</source>
        <translation>编辑 %1 的证据</translation>
    </message>
    <message>
        <source>Remove evidence from %1</source>
        <translation>移除 %1 的证据</translation>
    </message>
    <message>
        <source>Edit project properties</source>
        <translation>编辑项目属性</translation>
    </message>
    <message>
        <source>Save weight set &quot;%1&quot;</source>
        <translation>保存权重方案“%1”</translation>
    </message>
    <message>
        <source>Delete weight set &quot;%1&quot;</source>
        <translation>删除权重方案“%1”</translation>
    </message>
    <message>
        <source>Use weight set &quot;%1&quot;</source>
        <translation>使用权重方案“%1”</translation>
    </message>
    <message>
        <source>Set consensus %1: %2</source>
        <translation>设定共识评分 %1：%2</translation>
    </message>
    <message>
        <source>Remove consensus of %1</source>
        <translation>移除 %1 的共识评分</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>National</source>
        <translation>国家级</translation>
    </message>
    <message>
        <source>Ministerial</source>
        <translation>部委级</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>地方级</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>法律</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>管理办法</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>项目计划</translation>
    </message>
    <message>
        <source>Fiscal measure</source>
        <translation>财税措施</translation>
    </message>
    <message>
        <source>Administrative service</source>
        <translation>行政服务</translation>
    </message>
    <message>
        <source>Institutional reform</source>
        <translation>机构改革</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>投入</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>产出</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>not addressed</source>
        <translation>未涉及</translation>
    </message>
    <message>
        <source>in principle</source>
        <translation>原则性</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>有措施</translation>
    </message>
    <message>
        <source>operational</source>
        <translation>可操作（有细则）</translation>
    </message>
    <message>
        <source>effective</source>
        <translation>见成效</translation>
    </message>
    <message>
        <source>The policy does not touch this goal.</source>
        <translation>政策未涉及该目标。</translation>
    </message>
    <message>
        <source>Mentioned as a principle or direction only.</source>
        <translation>仅作原则性或方向性表述。</translation>
    </message>
    <message>
        <source>Concrete measures named, but no responsible body or procedure.</source>
        <translation>提出了具体措施，但未明确责任主体或程序。</translation>
    </message>
    <message>
        <source>Responsible body, procedure, resources and timeline defined.</source>
        <translation>明确了责任主体、程序、资源和时间安排。</translation>
    </message>
    <message>
        <source>Implemented, with outcome-level evidence of effect.</source>
        <translation>已落实，并有成果层次的成效证据。</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>WeightSet</name>
    <message>
        <source>Weights must be numbers that are zero or more.</source>
        <translation>权重必须是大于或等于零的数。</translation>
    </message>
    <message>
        <source>At least one weight must be greater than zero.</source>
        <translation>至少须有一个权重大于零。</translation>
    </message>
    <message numerus="yes">
        <source>Expected %n dimension weight(s).</source>
        <translation>
            <numerusform>应有 %n 个维度权重。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected %n goal weight(s).</source>
        <translation>
            <numerusform>应有 %n 个目标权重。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeightsCsv</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>The file needs the columns &quot;code&quot; and &quot;weight&quot;.</source>
        <translation>文件需要“code”和“weight”列（或“编号”和“权重”列）。</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2</source>
        <translation>该行有 %1 个字段，而标题行有 %2 个</translation>
    </message>
    <message>
        <source>unknown dimension or goal code &quot;%1&quot;</source>
        <translation>未知的维度或目标编号“%1”</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; appears twice in the file</source>
        <translation>编号“%1”在文件中出现了两次</translation>
    </message>
    <message>
        <source>the weight &quot;%1&quot; is not a number between 0 and 1,000,000,000</source>
        <translation>权重“%1”不是 0 到 1,000,000,000 之间的数</translation>
    </message>
    <message>
        <source>All weights of %1 would be zero.</source>
        <translation>%1的权重将全部为零。</translation>
    </message>
    <message>
        <source>the dimensions</source>
        <translation>各维度</translation>
    </message>
    <message>
        <source>the goals of %1</source>
        <translation>%1 下各目标</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <source>&amp;Direct entry (points or percentages)</source>
        <translation>直接输入（分值或百分比）(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Pairwise comparison (AHP, Saaty 1–9)</source>
        <translation>两两比较（AHP，Saaty 1–9 标度）(&amp;P)</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Goals of %1 · %2</source>
        <translation>目标：%1 · %2</translation>
    </message>
    <message>
        <source>Update this weight set (new revision)</source>
        <translation>更新此权重方案（生成新版本）</translation>
    </message>
    <message>
        <source>Save as a new weight set</source>
        <translation>另存为新权重方案</translation>
    </message>
    <message>
        <source>Weight set &amp;name:</source>
        <translation>权重方案名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Save:</source>
        <translation>保存方式(&amp;S)：</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>层次</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>输入值</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Each cell: how much more important the row item is than the column item (1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely; 1/3 … the reverse).</source>
        <translation>每个单元格表示行条目相对于列条目的重要程度（1 同等重要，3 稍微重要，5 明显重要，7 强烈重要，9 极端重要；1/3 … 表示相反情形）。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 与 %2 比较</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>Weights: %1
Consistency ratio: %2</source>
        <translation>权重：%1
一致性比率：%2</translation>
    </message>
    <message>
        <source>%1 vs %2: judged %3, the weights imply %4 (%5% of the inconsistency)</source>
        <translation>%1 对 %2：判断为 %3，权重隐含 %4（占不一致性的 %5%）</translation>
    </message>
    <message>
        <source>Judgements to revisit first:
%1</source>
        <translation>建议优先复核的判断：
%1</translation>
    </message>
    <message>
        <source>Give the weight set a name.</source>
        <translation>请为权重方案命名。</translation>
    </message>
    <message>
        <source>The weights of &quot;%1&quot; cannot be used: %2</source>
        <translation>“%1”的权重无法使用：%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Policy Workbench</source>
        <translation>政策评估工作台</translation>
    </message>
</context>
</TS>
