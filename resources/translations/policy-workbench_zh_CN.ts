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
    <name>BottleneckCsv</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标日期</translation>
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
        <source>The file has no &quot;%1&quot; column. Bottlenecks need at least the columns title and category (or 标题 and 类别); the header found is: %2</source>
        <translation>文件中没有“%1”列。堵点至少需要 title 和 category 列（或“标题”和“类别”列）；文件的标题行为：%2</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>标题为空</translation>
    </message>
    <message>
        <source>the title &quot;%1&quot; contains a line break or tab</source>
        <translation>标题“%1”包含换行符或制表符</translation>
    </message>
    <message>
        <source>the title &quot;%1&quot; was already used on line %2</source>
        <translation>标题“%1”已在第 %2 行使用</translation>
    </message>
    <message>
        <source>the uuid &quot;%1&quot; is not a UUID</source>
        <translation>uuid“%1”不是有效的 UUID</translation>
    </message>
    <message>
        <source>the uuid %1 was already used on line %2</source>
        <translation>uuid %1 已在第 %2 行使用</translation>
    </message>
    <message>
        <source>the category is empty</source>
        <translation>类别为空</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot; (use a code: %2, or a category&apos;s name)</source>
        <translation>未知类别“%1”（请填写类别编号：%2，或类别名称）</translation>
    </message>
    <message>
        <source>the severity &quot;%1&quot; is not 1, 2, 3 or 4 (%2 … %3)</source>
        <translation>严重程度“%1”不是 1、2、3 或 4（%2 … %3）</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (use one of: %2)</source>
        <translation>未知状态“%1”（请使用以下之一：%2）</translation>
    </message>
    <message>
        <source>unknown goal code(s) %1</source>
        <translation>未知的目标编号 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a dimension, not a goal: link its goals (%2)</source>
        <translation>“%1”是维度而不是目标：请关联其下的目标（%2）</translation>
    </message>
    <message>
        <source>unknown policy code(s) %1</source>
        <translation>未知的政策编号 %1</translation>
    </message>
    <message>
        <source>the date opened &quot;%1&quot; is not a date written yyyy-MM-dd</source>
        <translation>提出日期“%1”不是 yyyy-MM-dd 格式的日期</translation>
    </message>
    <message>
        <source>the target date &quot;%1&quot; is not a date written yyyy-MM-dd</source>
        <translation>目标日期“%1”不是 yyyy-MM-dd 格式的日期</translation>
    </message>
    <message>
        <source>the date closed &quot;%1&quot; is not a date written yyyy-MM-dd</source>
        <translation>关闭日期“%1”不是 yyyy-MM-dd 格式的日期</translation>
    </message>
    <message>
        <source>the title &quot;%1&quot; is ambiguous: %2 bottlenecks of the project have it (give the uuid)</source>
        <translation>标题“%1”有歧义：项目中有 %2 个堵点使用该标题（请给出 uuid）</translation>
    </message>
    <message>
        <source>updates the same bottleneck as line %1</source>
        <translation>与第 %1 行更新的是同一个堵点</translation>
    </message>
    <message>
        <source>moving the bottleneck from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>将堵点从“%1”改为“%2”</translation>
    </message>
    <message>
        <source>the status &quot;%1&quot;</source>
        <translation>状态“%1”</translation>
    </message>
    <message>
        <source>%1 needs a reason in the status_reason column</source>
        <translation>%1需要在 status_reason 列中填写原因</translation>
    </message>
    <message>
        <source>%1 needs a reason, and the file has no status_reason column to give one</source>
        <translation>%1需要填写原因，但文件中没有可填写原因的 status_reason 列</translation>
    </message>
    <message>
        <source>the target date %1 is before the date opened %2</source>
        <translation>目标日期 %1 早于提出日期 %2</translation>
    </message>
    <message>
        <source>a date closed is given, but the status &quot;%1&quot; is not resolved or won&apos;t fix</source>
        <translation>填写了关闭日期，但状态“%1”不是“已解决”或“不予处理”</translation>
    </message>
</context>
<context>
    <name>BottleneckDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Tar&amp;get date:</source>
        <translation>目标日期(&amp;G)：</translation>
    </message>
    <message>
        <source>Bottleneck</source>
        <translation>堵点</translation>
    </message>
    <message>
        <source>What blocks implementation, in one line</source>
        <translation>用一句话说明阻碍落实的问题</translation>
    </message>
    <message>
        <source>Why: needed for won&apos;t fix, moving back and reopening</source>
        <translation>原因：“不予处理”、状态回退和重新打开时必填</translation>
    </message>
    <message>
        <source>Body or person responsible</source>
        <translation>负责单位或个人</translation>
    </message>
    <message>
        <source>Affected goals</source>
        <translation>受阻目标</translation>
    </message>
    <message>
        <source>Filter policies</source>
        <translation>筛选政策</translation>
    </message>
    <message>
        <source>Affected policies</source>
        <translation>受阻政策</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>严重程度(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责方(&amp;O)：</translation>
    </message>
    <message>
        <source>O&amp;pened:</source>
        <translation>提出日期(&amp;P)：</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>关闭日期：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Blocks &amp;goals:</source>
        <translation>受阻目标(&amp;G)：</translation>
    </message>
    <message>
        <source>Blocks po&amp;licies:</source>
        <translation>受阻政策(&amp;L)：</translation>
    </message>
    <message>
        <source>New bottleneck</source>
        <translation>新建堵点</translation>
    </message>
    <message>
        <source>Edit bottleneck</source>
        <translation>编辑堵点</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>请选择类别。</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>原因（必填）(&amp;R)：</translation>
    </message>
    <message>
        <source>(open)</source>
        <translation>（未关闭）</translation>
    </message>
</context>
<context>
    <name>BottleneckMatrixModel</name>
    <message numerus="yes">
        <source>%n unresolved bottleneck(s) of %1</source>
        <translation>
            <numerusform>%1：%n 个未解决的堵点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved bottleneck(s) of %1 block %2 %3</source>
        <translation>
            <numerusform>%1：%n 个未解决的堵点阻碍 %2 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Unresolved bottlenecks of the category</source>
        <translation>该类别的未解决堵点</translation>
    </message>
</context>
<context>
    <name>BottleneckRules</name>
    <message>
        <source>Give a reason for closing the bottleneck as &quot;%1&quot;.</source>
        <translation>请说明将堵点设为“%1”的原因。</translation>
    </message>
    <message>
        <source>Give a reason for reopening the bottleneck (%1 → %2).</source>
        <translation>请说明重新打开堵点的原因（%1 → %2）。</translation>
    </message>
    <message>
        <source>Give a reason for moving the bottleneck back from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>请说明将堵点从“%1”退回“%2”的原因。</translation>
    </message>
    <message>
        <source>The title is empty.</source>
        <translation>标题为空。</translation>
    </message>
    <message>
        <source>Severity must be 1 to 4, not %1.</source>
        <translation>严重程度必须为 1 到 4，不能是 %1。</translation>
    </message>
    <message>
        <source>The target date %1 is before the date opened %2.</source>
        <translation>目标日期 %1 早于提出日期 %2。</translation>
    </message>
    <message>
        <source>The date closed %1 is before the date opened %2.</source>
        <translation>关闭日期 %1 早于提出日期 %2。</translation>
    </message>
    <message>
        <source>Only a resolved or won&apos;t-fix bottleneck has a date closed.</source>
        <translation>只有“已解决”或“不予处理”的堵点才有关闭日期。</translation>
    </message>
    <message>
        <source>Moving forward (open → in progress → mitigated → resolved) is always allowed. Won&apos;t fix, moving back and reopening need a reason. The date closed is set when a bottleneck is resolved or closed as won&apos;t fix, and cleared when it is reopened.</source>
        <translation>状态可以随时向前推进（未解决 → 处理中 → 已缓解 → 已解决）。“不予处理”、状态回退和重新打开都须填写原因。堵点解决或以“不予处理”关闭时记录关闭日期，重新打开时清除。</translation>
    </message>
</context>
<context>
    <name>BottleneckStatusChart</name>
    <message>
        <source>Bottlenecks by category and status</source>
        <translation>按类别和状态的堵点</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>没有打开的项目</translation>
    </message>
    <message numerus="yes">
        <source>Bottlenecks by category and status (%n)</source>
        <translation>
            <numerusform>按类别和状态的堵点（%n 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bottlenecks by category and status (%n in selection)</source>
        <translation>
            <numerusform>按类别和状态的堵点（选中范围内 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>No bottlenecks match</source>
        <translation>没有符合条件的堵点</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Bottlenecks (count)</source>
        <translation>堵点（个）</translation>
    </message>
    <message numerus="yes">
        <source>%n bottlenecks</source>
        <translation>
            <numerusform>%n 个堵点</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BottleneckTableModel</name>
    <message>
        <source>closed %1</source>
        <translation>已于 %1 关闭</translation>
    </message>
    <message numerus="yes">
        <source>Overdue: the target date %1 passed %n day(s) ago.</source>
        <translation>
            <numerusform>已逾期：目标日期 %1 已过去 %n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Long open: %1 for %n day(s).</source>
        <translation>
            <numerusform>长期未解决：已处于“%1”状态 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Bottleneck</source>
        <translation>堵点</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责方</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>政策</translation>
    </message>
</context>
<context>
    <name>BottleneckTimelineChart</name>
    <message>
        <source>Bottlenecks opened and closed over time</source>
        <translation>堵点的新增与关闭趋势</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>没有打开的项目</translation>
    </message>
    <message>
        <source>Bottlenecks opened and closed (in selection)</source>
        <translation>堵点的新增与关闭（选中范围）</translation>
    </message>
    <message>
        <source>No bottlenecks with an opening date</source>
        <translation>没有带提出日期的堵点</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Opened (cumulative)</source>
        <translation>累计提出</translation>
    </message>
    <message>
        <source>Closed (cumulative)</source>
        <translation>累计关闭</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Bottlenecks (count)</source>
        <translation>堵点（个）</translation>
    </message>
    <message>
        <source>End of %1-%2
Opened so far: %3
Closed so far: %4
Open: %5</source>
        <translation>%1-%2 月末
累计提出：%3
累计关闭：%4
未解决：%5</translation>
    </message>
</context>
<context>
    <name>BottleneckView</name>
    <message>
        <source>Bottleneck register</source>
        <translation>堵点登记表</translation>
    </message>
    <message>
        <source>Bottleneck matrix: categories by goals</source>
        <translation>堵点矩阵：类别 × 目标</translation>
    </message>
    <message>
        <source>Unresolved bottlenecks (open, in progress or mitigated) per category and goal. A bottleneck that blocks several goals counts once in each. Click a cell to list its bottlenecks.</source>
        <translation>按类别和目标统计的未解决堵点（未解决、处理中或已缓解）。阻碍多个目标的堵点在每个目标下各计一次。点击单元格可列出其中的堵点。</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记表</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>矩阵</translation>
    </message>
    <message>
        <source>Search title, description, owner</source>
        <translation>搜索标题、描述、负责方</translation>
    </message>
    <message>
        <source>Search bottlenecks</source>
        <translation>搜索堵点</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>类别筛选</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>全部未解决</translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation>严重程度筛选</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>全部严重程度</translation>
    </message>
    <message>
        <source>%1 or worse</source>
        <translation>%1及以上</translation>
    </message>
    <message>
        <source>Goal filter</source>
        <translation>目标筛选</translation>
    </message>
    <message>
        <source>Policy filter</source>
        <translation>政策筛选</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>负责方筛选</translation>
    </message>
    <message>
        <source>&amp;New bottleneck…</source>
        <translation>新建堵点(&amp;N)…</translation>
    </message>
    <message>
        <source>Add s&amp;ub-category…</source>
        <translation>添加子类别(&amp;U)…</translation>
    </message>
    <message>
        <source>Blocked goals and policies</source>
        <translation>受阻目标和政策</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>结果层次</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>原文摘录</translation>
    </message>
    <message>
        <source>Evidence of the bottleneck</source>
        <translation>堵点的证据</translation>
    </message>
    <message>
        <source>Edit evidence…</source>
        <translation>编辑证据…</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>移除证据</translation>
    </message>
    <message>
        <source>History of the bottleneck</source>
        <translation>堵点修改历史</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>History (every change, oldest first)</source>
        <translation>历史（全部修改，按时间先后排列）</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>全部目标</translation>
    </message>
    <message>
        <source>All policies</source>
        <translation>全部政策</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责方</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n bottleneck(s)</source>
        <translation>
            <numerusform>%1 / %n 个堵点</numerusform>
        </translation>
    </message>
    <message>
        <source>No bottlenecks recorded yet. Record what blocks the implementation of a policy with New bottleneck.</source>
        <translation>尚未登记堵点。请用“新建堵点”登记阻碍政策落实的问题。</translation>
    </message>
    <message>
        <source>Select a bottleneck to see its details.</source>
        <translation>选择一个堵点以查看详情。</translation>
    </message>
    <message>
        <source>Severity %1 · %2</source>
        <translation>严重程度 %1 · %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>负责方：%1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>提出日期 %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>目标日期 %1</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>关闭日期 %1</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s).</source>
        <translation>
            <numerusform>已逾期 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Blocks goals</source>
        <translation>受阻目标</translation>
    </message>
    <message>
        <source>Blocks policies</source>
        <translation>受阻政策</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Read-only project</source>
        <translation>只读项目</translation>
    </message>
    <message>
        <source>The project is open read-only; it cannot be changed.</source>
        <translation>项目以只读方式打开，无法修改。</translation>
    </message>
    <message>
        <source>Delete bottleneck</source>
        <translation>删除堵点</translation>
    </message>
    <message>
        <source>Delete the bottleneck &quot;%1&quot; with its links and evidence? You can undo this.</source>
        <translation>删除堵点“%1”及其关联和证据？此操作可以撤销。</translation>
    </message>
    <message>
        <source>Add sub-category</source>
        <translation>添加子类别</translation>
    </message>
    <message>
        <source>&amp;Below:</source>
        <translation>上级类别(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编号(&amp;C)：</translation>
    </message>
    <message>
        <source>Name (&amp;Chinese):</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <source>Give a code without spaces or semicolons, e.g. P8.1.</source>
        <translation>请填写不含空格或分号的编号，如 P8.1。</translation>
    </message>
    <message>
        <source>The code %1 is taken.</source>
        <translation>编号 %1 已被使用。</translation>
    </message>
    <message>
        <source>Give the sub-category a name.</source>
        <translation>请为子类别命名。</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>仅显示逾期(&amp;O)</translation>
    </message>
    <message>
        <source>Sho&amp;w all</source>
        <translation>显示全部(&amp;W)</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>编辑(&amp;D)…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add evidence…</source>
        <translation>添加证据(&amp;A)…</translation>
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
        <source>Cannot open &quot;%1&quot;.</source>
        <translation>无法打开“%1”。</translation>
    </message>
    <message>
        <source>The project can only be opened read-only; nothing was imported.</source>
        <translation>该项目只能以只读方式打开；未导入任何内容。</translation>
    </message>
    <message>
        <source>With --what aggregates: the weight set to use (default: the active one).</source>
        <translation>用于 --what aggregates：所用的权重方案（默认为当前使用的方案）。</translation>
    </message>
    <message>
        <source>Imports policies, scores, bottlenecks or indicator observations from a CSV file. If any row is rejected, nothing is imported and every rejected row is listed (exit status 1).</source>
        <translation>从 CSV 文件导入政策、评分、堵点或指标观测值。只要有一行被拒绝，就不导入任何内容，并列出所有被拒绝的行（退出状态 1）。</translation>
    </message>
    <message>
        <source>Import bottlenecks: columns %1 (goals and policies as codes separated by &quot;;&quot;; optional columns closed,status_reason,notes,uuid).</source>
        <translation>导入堵点：列为 %1（目标和政策填写编号，以“;”分隔；可选列 closed,status_reason,notes,uuid）。</translation>
    </message>
    <message>
        <source>Import indicator observations: columns %1 (indicator by code).</source>
        <translation>导入指标观测值：列为 %1（指标填写编号）。</translation>
    </message>
    <message>
        <source>Give one of --bottlenecks CSV, --observations CSV, --policies CSV, --scores CSV or --weights CSV.</source>
        <translation>请指定 --bottlenecks CSV、--observations CSV、--policies CSV、--scores CSV 或 --weights CSV 之一。</translation>
    </message>
    <message>
        <source>Exports policies, scores, the scoring engine&apos;s aggregates, bottlenecks or indicators (with their derived figures) as CSV (UTF-8 with BOM, as Excel expects) or JSON.</source>
        <translation>将政策、评分、评分引擎的汇总结果、堵点或指标（含派生数据）导出为 CSV（带 BOM 的 UTF-8，符合 Excel 要求）或 JSON。</translation>
    </message>
    <message>
        <source>What to export: policies, scores, aggregates, bottlenecks or indicators.</source>
        <translation>导出内容：policies（政策）、scores（评分）、aggregates（汇总结果）、bottlenecks（堵点）或 indicators（指标）。</translation>
    </message>
    <message>
        <source>Give --what bottlenecks, --what indicators, --what policies, --what scores or --what aggregates.</source>
        <translation>请指定 --what bottlenecks、--what indicators、--what policies、--what scores 或 --what aggregates。</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND [options]

Commands:
  new FILE.pwb [--framework fyp14|fyp13] [--name NAME] [--sample]
  info FILE.pwb [--json]
  check FILE.pwb
  import FILE.pwb --policies CSV|--scores CSV|--weights CSV|--bottlenecks CSV|--observations CSV [--encoding auto|utf-8|gbk]
  export FILE.pwb --what policies|scores|aggregates|bottlenecks|indicators --format csv|json [--weights NAME] [-o OUT]
  sensitivity FILE.pwb [--draws N] [--seed S] [--format json] [--weights NAME] [-o OUT]
  generate OUT.pwb --policies N --evaluators M [--seed S]
  share FILE.pwb -o OUT.pwb [--evaluators NAME,NAME]
  merge MINE.pwb THEIRS.pwb -o OUT.pwb [--on-conflict fail|mine|theirs]
  report FILE.pwb -o OUT.pdf|OUT.xlsx [--template summary|dossier] [--lang zh_CN|en] [--draft]

&quot;%1 COMMAND --help&quot; describes a command. Without a command, or with a project file, the application window opens.
Exit status: 0 success; 1 input data rejected (nothing written); 2 the file cannot be opened or is not a project, or wrong usage.
</source>
        <translation>用法：%1 COMMAND [选项]

命令：
  new FILE.pwb [--framework fyp14|fyp13] [--name NAME] [--sample]
  info FILE.pwb [--json]
  check FILE.pwb
  import FILE.pwb --policies CSV|--scores CSV|--weights CSV|--bottlenecks CSV|--observations CSV [--encoding auto|utf-8|gbk]
  export FILE.pwb --what policies|scores|aggregates|bottlenecks|indicators --format csv|json [--weights NAME] [-o OUT]
  sensitivity FILE.pwb [--draws N] [--seed S] [--format json] [--weights NAME] [-o OUT]
  generate OUT.pwb --policies N --evaluators M [--seed S]
  share FILE.pwb -o OUT.pwb [--evaluators NAME,NAME]
  merge MINE.pwb THEIRS.pwb -o OUT.pwb [--on-conflict fail|mine|theirs]
  report FILE.pwb -o OUT.pdf|OUT.xlsx [--template summary|dossier] [--lang zh_CN|en] [--draft]

“%1 COMMAND --help”显示该命令的说明。不带命令或只给出项目文件时，将打开应用程序窗口。
退出状态：0 成功；1 输入数据被拒绝（未写入任何内容）；2 文件无法打开或不是项目文件，或用法错误。
</translation>
    </message>
</context>
<context>
    <name>CliMerge</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 %5</source>
        <translation>%1 %2 %3 %4 %5</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>conflict: %1 — %2 here (%3), %4 there (%5)</source>
        <translation>冲突：%1 — 我方%2（%3），对方%4（%5）</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>conflict: %1 — mine &quot;%2&quot; (%3), theirs &quot;%4&quot; (%5)</source>
        <translation>冲突：%1 — 我方为“%2”（%3），对方为“%4”（%5）</translation>
    </message>
    <message>
        <source>Merges THEIRS into a copy of MINE and writes OUT. Changes made on one side only are taken; a field changed on both sides to different values is a conflict.</source>
        <translation>将 THEIRS 合并到 MINE 的副本中，并写入 OUT。只在一方做出的更改会被采纳；双方都改成不同值的字段视为冲突。</translation>
    </message>
    <message>
        <source>Command.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <source>Your project file.</source>
        <translation>您的项目文件。</translation>
    </message>
    <message>
        <source>The file to merge in.</source>
        <translation>要合并进来的文件。</translation>
    </message>
    <message>
        <source>The merged project to write (may be MINE).</source>
        <translation>要写入的合并后项目（可以是 MINE）。</translation>
    </message>
    <message>
        <source>fail (default): write nothing when there are conflicts; mine or theirs: keep that side&apos;s value in every conflict.</source>
        <translation>fail（默认）：有冲突时不写入任何内容；mine 或 theirs：所有冲突均保留该方的值。</translation>
    </message>
    <message>
        <source>Run &quot;policy-workbench merge --help&quot; for usage.</source>
        <translation>运行“policy-workbench merge --help”查看用法。</translation>
    </message>
    <message>
        <source>Give two project files: MINE.pwb THEIRS.pwb.</source>
        <translation>请指定两个项目文件：MINE.pwb THEIRS.pwb。</translation>
    </message>
    <message>
        <source>Give the file to write with -o OUT.pwb.</source>
        <translation>请用 -o OUT.pwb 指定要写入的文件。</translation>
    </message>
    <message>
        <source>--on-conflict must be fail, mine or theirs.</source>
        <translation>--on-conflict 必须为 fail、mine 或 theirs。</translation>
    </message>
    <message>
        <source>Cannot write in the folder of &quot;%1&quot;: %2</source>
        <translation>无法在“%1”所在的文件夹中写入：%2</translation>
    </message>
    <message>
        <source>Merging &quot;%1&quot; (SHA-256 %2) into &quot;%3&quot;:</source>
        <translation>正在将“%1”（SHA-256 %2）合并到“%3”：</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): nothing was written. Merge in the application to decide each one, or choose --on-conflict mine or theirs.</source>
        <translation>
            <numerusform>%n 处冲突：未写入任何内容。请在应用程序中合并并逐一决定，或选择 --on-conflict mine 或 theirs。</numerusform>
        </translation>
    </message>
    <message>
        <source>policy-workbench merge</source>
        <translation>policy-workbench merge</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Nothing to merge; wrote &quot;%1&quot;.</source>
        <translation>没有需要合并的内容；已写入“%1”。</translation>
    </message>
    <message>
        <source>Merged into &quot;%1&quot;.</source>
        <translation>已合并到“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is being edited in another window or program (%2); nothing was written.</source>
        <translation>“%1”正在另一窗口或程序中编辑（%2）；未写入任何内容。</translation>
    </message>
    <message>
        <source>The merge was not written; the input files are unchanged.</source>
        <translation>合并结果未写入；输入文件保持不变。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: the merge could not be written: %2</source>
        <translation>无法写入“%1”：合并结果未能写入：%2</translation>
    </message>
    <message>
        <source>%1, %2, revision %3</source>
        <translation>%1，%2，第 %3 版</translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message>
        <source>Writes a report of the project for managers: the executive summary (a few pages) or the evaluation dossier (everything, with a table of contents), as PDF (A4), or the dossier&apos;s tables as an XLSX workbook. Works without a display.
Exit status: 0 written; 2 cannot open or write, or wrong usage.</source>
        <translation>为管理者生成项目报告：执行摘要（几页）或评估档案（全部内容，附目录），输出为 PDF（A4），或将档案中的表格导出为 XLSX 工作簿。无需显示器即可运行。
退出状态：0 已写入；2 无法打开或写入，或用法错误。</translation>
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
        <source>The file to write (replaced if it exists).</source>
        <translation>要写入的文件（若已存在则替换）。</translation>
    </message>
    <message>
        <source>summary (default) or dossier.</source>
        <translation>summary（执行摘要，默认）或 dossier（评估档案）。</translation>
    </message>
    <message>
        <source>zh_CN or en (default).</source>
        <translation>zh_CN 或 en（默认）。</translation>
    </message>
    <message>
        <source>Mark every page as a draft.</source>
        <translation>在每一页标注“草稿”。</translation>
    </message>
    <message>
        <source>pdf or xlsx (default: from the extension of OUT, else pdf).</source>
        <translation>pdf 或 xlsx（默认按 OUT 的扩展名，否则为 pdf）。</translation>
    </message>
    <message>
        <source>Run &quot;policy-workbench report --help&quot; for usage.</source>
        <translation>运行“policy-workbench report --help”查看用法。</translation>
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
        <source>Give the file to write: -o OUT.pdf.</source>
        <translation>请给出要写入的文件：-o OUT.pdf。</translation>
    </message>
    <message>
        <source>Give --template summary or --template dossier.</source>
        <translation>请给出 --template summary 或 --template dossier。</translation>
    </message>
    <message>
        <source>Give --lang zh_CN or --lang en.</source>
        <translation>请给出 --lang zh_CN 或 --lang en。</translation>
    </message>
    <message>
        <source>Give --format pdf or --format xlsx.</source>
        <translation>请给出 --format pdf 或 --format xlsx。</translation>
    </message>
    <message>
        <source>Choose a different file than the project: &quot;%1&quot; is left as it is.</source>
        <translation>请选择与项目不同的文件：“%1”未作改动。</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Wrote the tables of the %1 to &quot;%2&quot; in %3 ms.</source>
        <translation>已将%1的表格写入“%2”，用时 %3 毫秒。</translation>
    </message>
    <message>
        <source>Wrote the %1 (%2 pages) to &quot;%3&quot; in %4 ms.</source>
        <translation>已将%1（%2 页）写入“%3”，用时 %4 毫秒。</translation>
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
    <name>CliShare</name>
    <message>
        <source>Writes a clean copy of a project to send to someone and prints its fingerprint (SHA-256) to compare with the receiver. With --evaluators, an evaluator package: only those evaluators&apos; scores and evidence, the others&apos; removed from the file completely, and no consensus values. The project file itself is never changed.
Exit status: 0 written; 1 an evaluator is not in the project; 2 cannot open or write, or wrong usage.</source>
        <translation>写出项目的干净副本以发送给他人，并输出其指纹（SHA-256），供与接收方核对。使用 --evaluators 时生成评估人数据包：只包含这些评估人的评分和证据，其他评估人的数据从文件中彻底删除，且不含共识评分。项目文件本身不会被修改。
退出状态：0 已写入；1 项目中没有指定的评估人；2 无法打开或写入，或用法错误。</translation>
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
        <source>The file to write (replaced if it exists).</source>
        <translation>要写入的文件（若已存在则替换）。</translation>
    </message>
    <message>
        <source>Only these evaluators, by name (or UUID), separated by commas.</source>
        <translation>仅包含这些评估人，按姓名（或 UUID）指定，以逗号分隔。</translation>
    </message>
    <message>
        <source>Run &quot;policy-workbench share --help&quot; for usage.</source>
        <translation>运行“policy-workbench share --help”查看用法。</translation>
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
        <source>Give the file to write: -o OUT.pwb.</source>
        <translation>请指定要写入的文件：-o OUT.pwb。</translation>
    </message>
    <message>
        <source>Choose a different file than the project: &quot;%1&quot; is left as it is.</source>
        <translation>请选择与项目不同的文件：“%1”未作改动。</translation>
    </message>
    <message>
        <source>Name at least one evaluator after --evaluators.</source>
        <translation>请在 --evaluators 后至少指定一名评估人。</translation>
    </message>
    <message>
        <source>Not an evaluator of this project: %1.</source>
        <translation>不是本项目的评估人：%1。</translation>
    </message>
    <message>
        <source>Evaluators: %1.</source>
        <translation>评估人：%1。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何内容。</translation>
    </message>
    <message>
        <source>Wrote a full copy to &quot;%1&quot;.</source>
        <translation>已将完整副本写入“%1”。</translation>
    </message>
    <message>
        <source>Wrote the package of %1 to &quot;%2&quot;.</source>
        <translation>已将 %1 的数据包写入“%2”。</translation>
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
    <name>DashboardChart</name>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>复制图表(&amp;C)</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>另存为 &amp;PNG…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation>重置视图(&amp;R)</translation>
    </message>
    <message>
        <source>The image could not be written.</source>
        <translation>无法写入图像。</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>无法创建 PDF。</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>将图表另存为 PNG</translation>
    </message>
    <message>
        <source>Resolution (dots per inch):</source>
        <translation>分辨率（每英寸点数）：</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1: %2</source>
        <translation>图表无法保存到 %1：%2</translation>
    </message>
    <message>
        <source>Save Chart as PDF</source>
        <translation>将图表另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>The previous selection (%1)</source>
        <translation>上一个选择（%1）</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>The next selection (%1)</source>
        <translation>下一个选择（%1）</translation>
    </message>
    <message>
        <source>Clear Selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <source>Select nothing (Esc)</source>
        <translation>取消全部选择（Esc）</translation>
    </message>
    <message>
        <source>Nothing selected: click a bar, cell or point; Ctrl-click adds.</source>
        <translation>未选择任何内容：单击柱形、单元格或数据点进行选择，按住 Ctrl 单击可追加。</translation>
    </message>
    <message>
        <source>Ch&amp;arts</source>
        <translation>图表(&amp;A)</translation>
    </message>
    <message>
        <source>Show or hide charts and tables, reset the layout</source>
        <translation>显示或隐藏图表和表格，重置布局</translation>
    </message>
    <message>
        <source>How Views Link</source>
        <translation>视图联动规则</translation>
    </message>
    <message>
        <source>How a selection reaches every chart, table and panel</source>
        <translation>选择如何影响每个图表、表格和面板</translation>
    </message>
    <message>
        <source>How views link</source>
        <translation>视图联动规则</translation>
    </message>
    <message>
        <source>Bottlenecks in the selection</source>
        <translation>选中范围内的堵点</translation>
    </message>
    <message>
        <source>Indicators in the selection</source>
        <translation>选中范围内的指标</translation>
    </message>
    <message>
        <source>Goal scores</source>
        <translation>目标得分</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Policy profile</source>
        <translation>政策画像</translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation>堵点</translation>
    </message>
    <message>
        <source>Bottleneck timeline</source>
        <translation>堵点时间线</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Evidence maturity</source>
        <translation>证据成熟度</translation>
    </message>
    <message>
        <source>Bottlenecks in selection</source>
        <translation>选中范围内的堵点</translation>
    </message>
    <message>
        <source>Indicators in selection</source>
        <translation>选中范围内的指标</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>Policy %1</source>
        <translation>政策 %1</translation>
    </message>
    <message>
        <source>Goal %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>指标 %1</translation>
    </message>
    <message>
        <source>Remove %1 from the selection</source>
        <translation>从选择中移除 %1</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>时期 %1</translation>
    </message>
    <message>
        <source>Period %1–%2</source>
        <translation>时期 %1–%2</translation>
    </message>
    <message>
        <source>Reset Views</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <source>Undo the zooming and panning of every chart</source>
        <translation>撤销所有图表的缩放和平移</translation>
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
    <name>FileGuard</name>
    <message>
        <source>%1, process %2 on %3</source>
        <translation>%1，%3 上的进程 %2</translation>
    </message>
    <message>
        <source>an unknown program</source>
        <translation>未知程序</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>no permission to create the lock file &quot;%1&quot;</source>
        <translation>无权创建锁文件“%1”</translation>
    </message>
    <message>
        <source>the lock file &quot;%1&quot; cannot be created</source>
        <translation>无法创建锁文件“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was moved or deleted by another program since it was opened; your change was not written. Open the file again from where it is now.</source>
        <translation>“%1”在打开后已被其他程序移动或删除；您的更改未写入。请从其当前位置重新打开该文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by another program since it was opened; your change was not written. Reopen the file to see the other program&apos;s changes.</source>
        <translation>“%1”在打开后已被其他程序修改；您的更改未写入。请重新打开该文件以查看其他程序所做的更改。</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Getting Started</source>
        <translation>快速入门</translation>
    </message>
    <message>
        <source>&amp;Getting Started Checklist</source>
        <translation>快速入门清单(&amp;G)</translation>
    </message>
    <message>
        <source>Show or hide the three first steps beside your work</source>
        <translation>在工作区旁显示或隐藏入门三步</translation>
    </message>
    <message>
        <source>Bring the checklist back with Help ▸ Getting Started Checklist.</source>
        <translation>可通过“帮助 ▸ 快速入门清单”重新打开清单。</translation>
    </message>
    <message>
        <source>Choose a policy and a goal on the left, then a score on the right: click it, or press Alt with its number.</source>
        <translation>先在左侧选择政策和目标，再在右侧选择分值：单击分值，或按 Alt 加相应数字。</translation>
    </message>
    <message>
        <source>The charts are redrawn after every score: give a score, then come back here. Click a bar to select it; every other chart answers.</source>
        <translation>每次评分后图表都会重绘：先给出一个评分，再回到这里。单击柱形即可选中，其他图表会同步响应。</translation>
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
    <name>GettingStarted</name>
    <message>
        <source>Hide checklist</source>
        <translation>隐藏清单</translation>
    </message>
    <message>
        <source>Getting started checklist</source>
        <translation>快速入门清单</translation>
    </message>
    <message>
        <source>Score a cell</source>
        <translation>为一个单元评分</translation>
    </message>
    <message>
        <source>See the chart change</source>
        <translation>查看图表变化</translation>
    </message>
    <message>
        <source>Print a report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <source>Pick a policy and a goal, then choose a score from 0 to 4 (or N/A) in the panel on the right.</source>
        <translation>选择一项政策和一个目标，然后在右侧面板中选择 0–4 分（或“不适用”）。</translation>
    </message>
    <message>
        <source>Open the dashboard: its linked charts follow every score you give.</source>
        <translation>打开仪表板：联动图表会随您的每个评分而变化。</translation>
    </message>
    <message>
        <source>Print the evaluation, or save it as a PDF, to share with your panel.</source>
        <translation>打印评估结果，或保存为 PDF，与评估小组共享。</translation>
    </message>
    <message>
        <source>Three steps to find your way around.</source>
        <translation>三步熟悉本工具。</translation>
    </message>
    <message>
        <source>Show me: %1</source>
        <translation>演示：%1</translation>
    </message>
    <message>
        <source>Show me how: %1</source>
        <translation>演示如何操作：%1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation>即将推出</translation>
    </message>
    <message>
        <source>All done. You can hide this checklist now.</source>
        <translation>全部完成。现在可以隐藏此清单。</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>已完成 %1/%2</translation>
    </message>
</context>
<context>
    <name>GoalScoresChart</name>
    <message>
        <source>Goal scores</source>
        <translation>目标得分</translation>
    </message>
    <message>
        <source>No goals to show</source>
        <translation>没有可显示的目标</translation>
    </message>
    <message numerus="yes">
        <source>all %n policies</source>
        <translation>
            <numerusform>全部 %n 项政策</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected policies</source>
        <translation>
            <numerusform>选中的 %n 项政策</numerusform>
        </translation>
    </message>
    <message>
        <source>Goal scores (%1)</source>
        <translation>目标得分（%1）</translation>
    </message>
    <message>
        <source>No policies yet</source>
        <translation>尚无政策</translation>
    </message>
    <message>
        <source>Mean consensus</source>
        <translation>平均共识分</translation>
    </message>
    <message>
        <source>Selected goals</source>
        <translation>选中的目标</translation>
    </message>
    <message>
        <source>Evaluator range</source>
        <translation>评估人区间</translation>
    </message>
    <message>
        <source>Policies ≥ 3 (right axis)</source>
        <translation>≥3 分的政策数（右轴）</translation>
    </message>
    <message>
        <source>Goals, grouped by dimension</source>
        <translation>目标（按维度分组）</translation>
    </message>
    <message>
        <source>Mean consensus (0–4)</source>
        <translation>平均共识分（0–4）</translation>
    </message>
    <message>
        <source>Policies scoring ≥ 3 (count)</source>
        <translation>得分 ≥3 的政策（项）</translation>
    </message>
    <message>
        <source>Mean consensus: N/A (no counted policy applies)</source>
        <translation>平均共识分：不适用（统计范围内没有适用的政策）</translation>
    </message>
    <message numerus="yes">
        <source>Mean consensus: %1 over %n policies</source>
        <translation>
            <numerusform>平均共识分：%1（%n 项政策）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evaluator means: %1 to %2 (%n evaluators)</source>
        <translation>
            <numerusform>评估人平均分：%1 至 %2（%n 位评估人）</numerusform>
        </translation>
    </message>
    <message>
        <source>Policies scoring ≥ 3: %1 of %2</source>
        <translation>得分 ≥3 的政策：%1 / %2</translation>
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
    <name>GoalView</name>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>各评分</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>Scores of the goal across policies</source>
        <translation>该目标在各政策上的评分</translation>
    </message>
    <message>
        <source>Bottleneck</source>
        <translation>堵点</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Unresolved bottlenecks blocking the goal</source>
        <translation>阻碍该目标的未解决堵点</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新值</translation>
    </message>
    <message>
        <source>Indicators of the goal</source>
        <translation>该目标的指标</translation>
    </message>
    <message numerus="yes">
        <source>Scores across policies (%n scored)</source>
        <translation>
            <numerusform>各政策评分（已评 %n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1，已逾期</translation>
    </message>
    <message numerus="yes">
        <source>Unresolved bottlenecks (%n)</source>
        <translation>
            <numerusform>未解决的堵点（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>no observations</source>
        <translation>无观测值</translation>
    </message>
    <message numerus="yes">
        <source>Indicators (%n)</source>
        <translation>
            <numerusform>指标（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Go&amp;al:</source>
        <translation>目标(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>HeatmapChart</name>
    <message>
        <source>Consensus (0–4)</source>
        <translation>共识分（0–4）</translation>
    </message>
    <message>
        <source>Policy × goal heatmap</source>
        <translation>政策 × 目标热力图</translation>
    </message>
    <message>
        <source>No policies yet</source>
        <translation>尚无政策</translation>
    </message>
    <message>
        <source>Policy × goal consensus (rows by policy score)</source>
        <translation>政策 × 目标共识分（按政策得分排序）</translation>
    </message>
    <message>
        <source>Policy × goal consensus (rows by code)</source>
        <translation>政策 × 目标共识分（按编号排序）</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>共识分</translation>
    </message>
    <message>
        <source>Disputed (evaluators ≥ 2 points apart)</source>
        <translation>有争议（评估人相差 ≥2 分）</translation>
    </message>
    <message>
        <source>N/A (not applicable or unscored)</source>
        <translation>不适用（不适用或未评分）</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>政策</translation>
    </message>
    <message numerus="yes">
        <source>%n policies</source>
        <translation>
            <numerusform>%n 项政策</numerusform>
        </translation>
    </message>
    <message>
        <source>Consensus: %1</source>
        <translation>共识分：%1</translation>
    </message>
    <message>
        <source>Consensus: N/A</source>
        <translation>共识分：不适用</translation>
    </message>
    <message numerus="yes">
        <source>%n scores</source>
        <translation>
            <numerusform>%n 个评分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluators said N/A</source>
        <translation>
            <numerusform>%n 位评估人评为不适用</numerusform>
        </translation>
    </message>
    <message>
        <source>Disputed: evaluators %1 points apart</source>
        <translation>有争议：评估人相差 %1 分</translation>
    </message>
    <message>
        <source>Sort Rows by &amp;Score</source>
        <translation>按得分排序行(&amp;S)</translation>
    </message>
    <message>
        <source>Sort Rows by &amp;Code</source>
        <translation>按编号排序行(&amp;C)</translation>
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
    <name>HistoryModel</name>
    <message>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation>%1
（%2）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责方</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Locator</source>
        <translation>页码 / 章节</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>原文摘录</translation>
    </message>
    <message>
        <source>Result level</source>
        <translation>结果层次</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1（已删除）</translation>
    </message>
    <message>
        <source>Linked goal %1</source>
        <translation>关联目标 %1</translation>
    </message>
    <message>
        <source>Unlinked goal %1</source>
        <translation>解除关联目标 %1</translation>
    </message>
    <message>
        <source>Linked policy %1</source>
        <translation>关联政策 %1</translation>
    </message>
    <message>
        <source>Unlinked policy %1</source>
        <translation>解除关联政策 %1</translation>
    </message>
    <message>
        <source>Added evidence: %1</source>
        <translation>添加证据：%1</translation>
    </message>
    <message>
        <source>Removed evidence: %1</source>
        <translation>移除证据：%1</translation>
    </message>
    <message>
        <source>Evidence %1: %2 → %3</source>
        <translation>证据%1：%2 → %3</translation>
    </message>
    <message>
        <source>Recorded &quot;%1&quot; (%2, %3)</source>
        <translation>登记“%1”（%2，%3）</translation>
    </message>
    <message>
        <source>Deleted the bottleneck</source>
        <translation>删除了该堵点</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
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
    <message>
        <source>Import bottlenecks</source>
        <translation>导入堵点</translation>
    </message>
    <message>
        <source>Import observations</source>
        <translation>导入指标观测值</translation>
    </message>
    <message>
        <source>Import bottlenecks from %1</source>
        <translation>从 %1 导入堵点</translation>
    </message>
    <message>
        <source>Import observations from %1</source>
        <translation>从 %1 导入指标观测值</translation>
    </message>
    <message>
        <source>Export bottlenecks</source>
        <translation>导出堵点</translation>
    </message>
    <message>
        <source>Export indicators</source>
        <translation>导出指标</translation>
    </message>
    <message>
        <source>Merge another project file</source>
        <translation>合并其他项目文件</translation>
    </message>
    <message>
        <source>Policy Workbench projects (*.pwb);;All files (*)</source>
        <translation>政策评估工作台项目 (*.pwb);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>The project is open read-only; nothing can be merged into it.</source>
        <translation>项目以只读方式打开，无法向其中合并内容。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has nothing this project does not have already.</source>
        <translation>“%1”中没有本项目尚未包含的内容。</translation>
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
    <message>
        <source>Rows to import</source>
        <translation>待导入的行</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
</context>
<context>
    <name>IndicatorFigures</name>
    <message>
        <source>The latest value (%1 in %2) has reached the target (%3 by %4).</source>
        <translation>最新值 %1（%2）已达到目标值 %3（期限 %4）。</translation>
    </message>
    <message>
        <source>The baseline (%1 in %2) met the target (%3 by %4), but the latest value (%5 in %6) does not.</source>
        <translation>基线值 %1（%2）已达到目标值 %3（期限 %4），但最新值 %5（%6）未达到。</translation>
    </message>
    <message>
        <source>The latest value (%1 in %2) is further from the target (%3 by %4) than the baseline (%5 in %6).</source>
        <translation>最新值 %1（%2）比基线值 %5（%6）离目标值 %3（期限 %4）更远。</translation>
    </message>
    <message>
        <source>The target period %1 has ended without the target (%2) being reached; the latest value is %3 in %4.</source>
        <translation>目标期限 %1 已结束，目标值 %2 未达到；最新值为 %3（%4）。</translation>
    </message>
    <message>
        <source>There is only one observation, so the progress towards the target cannot be judged yet.</source>
        <translation>只有一个观测值，尚无法判断向目标值的进展。</translation>
    </message>
    <message>
        <source>The periods cannot all be read as years, so the progress cannot be compared with the time elapsed.</source>
        <translation>部分期间无法识别为年份，因此无法将进度与已过去的时间相比较。</translation>
    </message>
    <message>
        <source>%1% of the way from the baseline to the target (%2 by %3) has been covered with %4% of the time elapsed.</source>
        <translation>从基线值到目标值 %2（期限 %3）已完成 %1%，而时间已过去 %4%。</translation>
    </message>
    <message>
        <source>No target is set and there are not enough observations to show a trend.</source>
        <translation>未设定目标值，且观测值不足，无法显示趋势。</translation>
    </message>
    <message>
        <source>No target is set; the trend: the latest value (%1 in %2) is the same as the baseline (%3 in %4).</source>
        <translation>未设定目标值；趋势：最新值 %1（%2）与基线值 %3（%4）持平。</translation>
    </message>
    <message>
        <source>No target is set; the trend: the latest value (%1 in %2) is better than the baseline (%3 in %4).</source>
        <translation>未设定目标值；趋势：最新值 %1（%2）优于基线值 %3（%4）。</translation>
    </message>
    <message>
        <source>No target is set; the trend: the latest value (%1 in %2) is worse than the baseline (%3 in %4).</source>
        <translation>未设定目标值；趋势：最新值 %1（%2）劣于基线值 %3（%4）。</translation>
    </message>
    <message>
        <source>There are no observations yet.</source>
        <translation>尚无观测值。</translation>
    </message>
    <message>
        <source>Observations are ordered by period; the first is the baseline, the last the latest value. The target used is the first one whose period has not ended before the latest observation&apos;s, otherwise the last one. With a target: on track if the latest value has reached it; off track if the value has moved away from it since the baseline, if the baseline already met it but the latest value does not, or if the target period has ended (today or at the latest observation); no data with a single observation. Otherwise the progress (share of the way from the baseline to the target) is compared with the share of time elapsed from the baseline&apos;s period to the target&apos;s (a range&apos;s last year): on track if at most 10 points behind, at risk if at least half of it, off track below that. Without a target the trend is shown: on track if the latest value is better than the baseline, at risk if equal, off track if worse; no data with fewer than two observations. Higher or lower is better as the indicator says.</source>
        <translation>观测值按期间排序；第一个为基线值，最后一个为最新值。所用目标值是期限未在最新观测期间之前结束的第一个目标值；若没有，则取最后一个目标值。有目标值时：最新值已达到目标值为“进展正常”；自基线以来数值偏离目标值、基线值已达标而最新值未达标，或目标期限已结束（截至今天或最新观测）为“偏离目标”；只有一个观测值为“数据不足”。其他情况下，将进度（从基线值到目标值已完成的比例）与从基线期间到目标期限（区间取最后一年）已过去的时间比例相比较：落后不超过 10 个百分点为“进展正常”，达到时间比例的一半及以上为“存在风险”，低于一半为“偏离目标”。无目标值时显示趋势：最新值优于基线值为“进展正常”，持平为“存在风险”，劣于基线值为“偏离目标”；观测值少于两个为“数据不足”。数值越高越好还是越低越好，以指标的设定为准。</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>数据不足</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>进展正常</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>存在风险</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>偏离目标</translation>
    </message>
</context>
<context>
    <name>IndicatorSeriesChart</name>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>没有打开的项目</translation>
    </message>
    <message>
        <source>Selected indicators</source>
        <translation>选中的指标</translation>
    </message>
    <message>
        <source>Indicators of the selected goals</source>
        <translation>选中目标的指标</translation>
    </message>
    <message>
        <source>Indicators at risk or off track (select goals or indicators to change)</source>
        <translation>有风险或偏离轨道的指标（选择目标或指标可更换）</translation>
    </message>
    <message numerus="yes">
        <source>(first %1; %n more not drawn)</source>
        <translation>
            <numerusform>（仅绘制前 %1 项，另有 %n 项未绘制）</numerusform>
        </translation>
    </message>
    <message>
        <source>No indicator matches the selection</source>
        <translation>没有符合选择的指标</translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>最新值：%1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>国际对标</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Index, first observation = 100 (up is better)</source>
        <translation>指数，首次观测值 = 100（越高越好）</translation>
    </message>
    <message>
        <source>%1 (lower is better, axis reversed)</source>
        <translation>%1（越低越好，坐标轴已反转）</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <source>Index: %1 (first observation = 100)</source>
        <translation>指数：%1（首次观测值 = 100）</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <source>Higher</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>From %1 in %2 to %3 in %4</source>
        <translation>从 %1（%2）变为 %3（%4）</translation>
    </message>
    <message>
        <source>Needs two observations.</source>
        <translation>至少需要两个观测值。</translation>
    </message>
    <message>
        <source>All targets:</source>
        <translation>全部目标值：</translation>
    </message>
    <message>
        <source>No target set.</source>
        <translation>未设定目标值。</translation>
    </message>
    <message>
        <source>Share of time elapsed: %1</source>
        <translation>时间进度：%1</translation>
    </message>
    <message>
        <source>%1: benchmark %2; the latest value is at least as good.</source>
        <translation>%1：对标值 %2；最新值达到或优于该水平。</translation>
    </message>
    <message>
        <source>%1: benchmark %2; the latest value is behind.</source>
        <translation>%1：对标值 %2；最新值落后于该水平。</translation>
    </message>
    <message>
        <source>Whether higher or lower values are better (ranks: lower).</source>
        <translation>数值越高越好还是越低越好（排名类：越低越好）。</translation>
    </message>
    <message>
        <source>Latest minus first observation, and relative to the first.</source>
        <translation>最新值减首次观测值之差，以及相对首次观测值的变化率。</translation>
    </message>
    <message>
        <source>Share of the way from the baseline (first observation) to the target covered by the latest value.</source>
        <translation>最新值在从基线值（首次观测值）到目标值的进程中已完成的比例。</translation>
    </message>
    <message>
        <source>Latest value divided by the benchmark (×) and minus the benchmark.</source>
        <translation>最新值与对标值之比（×）及之差。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>关联目标</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新值</translation>
    </message>
    <message>
        <source>Change since first</source>
        <translation>较首次变化</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Benchmark gap</source>
        <translation>对标差距</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>IndicatorView</name>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Search code, name, unit</source>
        <translation>搜索编号、名称、单位</translation>
    </message>
    <message>
        <source>Search indicators</source>
        <translation>搜索指标</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Goal filter</source>
        <translation>目标筛选</translation>
    </message>
    <message>
        <source>&amp;New indicator…</source>
        <translation>新建指标(&amp;N)…</translation>
    </message>
    <message>
        <source>Linked goals</source>
        <translation>关联目标</translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation>趋势图</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Drag to pan, scroll to zoom; this returns to the whole series.</source>
        <translation>拖动可平移，滚动可缩放；点击此按钮恢复显示完整序列。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>观测值</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>对标对象</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>对标值</translation>
    </message>
    <message>
        <source>Status rule</source>
        <translation>状态判定规则</translation>
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
        <source>All goals</source>
        <translation>全部目标</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n indicator(s)</source>
        <translation>
            <numerusform>%1 / %n 个指标</numerusform>
        </translation>
    </message>
    <message>
        <source>No indicators yet. Add one with New indicator.</source>
        <translation>尚无指标。请用“新建指标”添加。</translation>
    </message>
    <message>
        <source>Select an indicator to see its trend and figures.</source>
        <translation>选择一个指标以查看其趋势和数据。</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>Result level: %1</source>
        <translation>结果层次：%1</translation>
    </message>
    <message>
        <source>From the indicator library</source>
        <translation>来自指标库</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Status: %1. %2</source>
        <translation>状态：%1。%2</translation>
    </message>
    <message>
        <source>Observations (%1)</source>
        <translation>观测值（%1）</translation>
    </message>
    <message>
        <source>Targets (%1)</source>
        <translation>目标值（%1）</translation>
    </message>
    <message>
        <source>Benchmarks (%1)</source>
        <translation>对标值（%1）</translation>
    </message>
    <message>
        <source>Read-only project</source>
        <translation>只读项目</translation>
    </message>
    <message>
        <source>The project is open read-only; it cannot be changed.</source>
        <translation>项目以只读方式打开，无法修改。</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>删除指标</translation>
    </message>
    <message numerus="yes">
        <source>Delete the indicator %1 (%2) with its %n observation(s), targets and benchmarks? You can undo this.</source>
        <translation>
            <numerusform>删除指标 %1（%2）及其 %n 个观测值、目标值和对标值？此操作可以撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add observation</source>
        <translation>添加观测值</translation>
    </message>
    <message>
        <source>Edit observation</source>
        <translation>编辑观测值</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>添加目标值</translation>
    </message>
    <message>
        <source>Edit target</source>
        <translation>编辑目标值</translation>
    </message>
    <message>
        <source>Add benchmark</source>
        <translation>添加对标值</translation>
    </message>
    <message>
        <source>Edit benchmark</source>
        <translation>编辑对标值</translation>
    </message>
    <message>
        <source>Country or group, e.g. USA, OECD average</source>
        <translation>国家或地区组，如美国、OECD 平均水平</translation>
    </message>
    <message>
        <source>2022, 2018–2022, 2021Q3, 2021-06</source>
        <translation>2022, 2018–2022, 2021Q3, 2021-06</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>对标对象(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>数值(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Drawn at %1 on the time axis.</source>
        <translation>在时间轴上绘于 %1 处。</translation>
    </message>
    <message>
        <source>Not read as a year: not drawn on the chart.</source>
        <translation>无法识别为年份：不在图表中绘制。</translation>
    </message>
    <message>
        <source>Give the benchmark a label.</source>
        <translation>请填写对标对象。</translation>
    </message>
    <message>
        <source>Give the period, e.g. 2022.</source>
        <translation>请填写期间，如 2022。</translation>
    </message>
    <message>
        <source>Give the value as a finite number, e.g. 12.5.</source>
        <translation>请填写有限数值，如 12.5。</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>新建指标</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation>编辑指标</translation>
    </message>
    <message>
        <source>UPPER_SNAKE_CASE, e.g. RD_SPENDING_SHARE</source>
        <translation>大写字母加下划线，如 RD_SPENDING_SHARE</translation>
    </message>
    <message>
        <source>Lower is better (e.g. ranks)</source>
        <translation>越低越好（如排名）</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编号(&amp;C)：</translation>
    </message>
    <message>
        <source>Name (&amp;Chinese):</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Unit (Chinese):</source>
        <translation>中文单位(&amp;U)：</translation>
    </message>
    <message>
        <source>U&amp;nit (English):</source>
        <translation>英文单位(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>方向(&amp;D)：</translation>
    </message>
    <message>
        <source>Result &amp;level:</source>
        <translation>结果层次(&amp;L)：</translation>
    </message>
    <message>
        <source>Linked &amp;goals:</source>
        <translation>关联目标(&amp;G)：</translation>
    </message>
    <message>
        <source>Give a code in UPPER_SNAKE_CASE: capital letters, digits and single underscores, starting with a letter.</source>
        <translation>请按 UPPER_SNAKE_CASE 格式填写编号：由大写字母、数字和单个下划线组成，以字母开头。</translation>
    </message>
    <message>
        <source>The code %1 is taken by another indicator.</source>
        <translation>编号 %1 已被其他指标使用。</translation>
    </message>
    <message>
        <source>Give the indicator a name.</source>
        <translation>请为指标命名。</translation>
    </message>
    <message>
        <source>Lower is better: the value axis is reversed, so up is better.</source>
        <translation>越低越好：数值轴已反转，越往上越好。</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>观测值</translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>最新值：%1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>目标值 %1</translation>
    </message>
    <message>
        <source>Path to target</source>
        <translation>达标路径</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>%1 (no period)</source>
        <translation>%1（无期间）</translation>
    </message>
    <message>
        <source>No observations with a period read as a year.</source>
        <translation>没有期间可识别为年份的观测值。</translation>
    </message>
    <message>
        <source>Trend chart of %1</source>
        <translation>%1 的趋势图</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No observations yet.</source>
        <translation>尚无观测值。</translation>
    </message>
    <message>
        <source>Observed (%1): %2</source>
        <translation>观测值（%1）：%2</translation>
    </message>
    <message>
        <source>E&amp;dit indicator…</source>
        <translation>编辑指标(&amp;D)…</translation>
    </message>
    <message>
        <source>De&amp;lete indicator</source>
        <translation>删除指标(&amp;L)</translation>
    </message>
    <message>
        <source>Reset vie&amp;w</source>
        <translation>重置视图(&amp;W)</translation>
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
    <name>LinkedViews</name>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>policies %1</source>
        <translation>政策 %1</translation>
    </message>
    <message>
        <source>goals %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>categories %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <source>indicators %1</source>
        <translation>指标 %1</translation>
    </message>
    <message>
        <source>period %1</source>
        <translation>时期 %1</translation>
    </message>
    <message>
        <source>period %1–%2</source>
        <translation>时期 %1–%2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
    <message>
        <source>&amp;New Bottleneck…</source>
        <translation>新建堵点(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Bottlenecks of This Policy</source>
        <translation>本政策的堵点(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Goal View of This Goal</source>
        <translation>本目标的目标视图(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Import Bottlenecks from CSV…</source>
        <translation>从 CSV 导入堵点(&amp;I)…</translation>
    </message>
    <message>
        <source>Import Indicator &amp;Observations from CSV…</source>
        <translation>从 CSV 导入指标观测值(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Export Bottlenecks to CSV…</source>
        <translation>导出堵点到 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Export In&amp;dicators to CSV…</source>
        <translation>导出指标到 CSV(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Tracking</source>
        <translation>跟踪(&amp;T)</translation>
    </message>
    <message>
        <source>Write a copy to send to someone, optionally with only some evaluators&apos; scores, and show its fingerprint</source>
        <translation>写出副本以发送给他人（可只包含部分评估人的评分），并显示其指纹</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <source>Merge another evaluator&apos;s copy of this project into it</source>
        <translation>将其他评估人的本项目副本合并到本项目中</translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation>项目正在使用中</translation>
    </message>
    <message>
        <source>Show &amp;Dashboard</source>
        <translation>显示仪表板(&amp;D)</translation>
    </message>
    <message>
        <source>Export for S&amp;haring…</source>
        <translation>导出共享副本(&amp;H)…</translation>
    </message>
    <message>
        <source>Project Proper&amp;ties…</source>
        <translation>项目属性(&amp;T)…</translation>
    </message>
    <message>
        <source>Export Po&amp;licies to CSV…</source>
        <translation>导出政策到 CSV(&amp;L)…</translation>
    </message>
    <message>
        <source>Export Scor&amp;es to CSV…</source>
        <translation>导出评分到 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>键盘快捷键(&amp;K)…</translation>
    </message>
</context>
<context>
    <name>MaturityChart</name>
    <message>
        <source>Evidence maturity</source>
        <translation>证据成熟度</translation>
    </message>
    <message>
        <source>No policies yet</source>
        <translation>尚无政策</translation>
    </message>
    <message>
        <source>Evidence by result level per goal (all policies)</source>
        <translation>各目标证据的结果层级（全部政策）</translation>
    </message>
    <message numerus="yes">
        <source>Evidence by result level per goal (%n selected policies)</source>
        <translation>
            <numerusform>各目标证据的结果层级（选中的 %n 项政策）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evidence by result level of the top %n policies</source>
        <translation>
            <numerusform>排名前 %n 项政策的证据结果层级</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence by result level of the selected policies</source>
        <translation>选中政策的证据结果层级</translation>
    </message>
    <message>
        <source>No evidence items yet</source>
        <translation>尚无证据条目</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Evidence items (count)</source>
        <translation>证据条目（条）</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence items</source>
        <translation>
            <numerusform>%n 条证据</numerusform>
        </translation>
    </message>
    <message>
        <source>At outcome or impact level: %1 %</source>
        <translation>达到成效或影响层级：%1 %</translation>
    </message>
    <message>
        <source>Per &amp;Goal</source>
        <translation>按目标(&amp;G)</translation>
    </message>
    <message>
        <source>Per &amp;Policy</source>
        <translation>按政策(&amp;P)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Merging &quot;%1&quot; into &quot;%2&quot;. Fingerprint (SHA-256) of the other file: %3. Nothing is written until you press Merge, and the merge can be undone.</source>
        <translation>正在将“%1”合并到“%2”。对方文件的指纹（SHA-256）：%3。按下“合并”之前不会写入任何内容，且合并可以撤销。</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>What the merge changes</source>
        <translation>合并带来的更改</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Changed here by</source>
        <translation>我方修改人</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <source>Changed there by</source>
        <translation>对方修改人</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation>%1 的保留选项</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Both (mine, then theirs)</source>
        <translation>两者都保留（先我的，后对方的）</translation>
    </message>
    <message>
        <source>All &amp;mine</source>
        <translation>全部用我的(&amp;M)</translation>
    </message>
    <message>
        <source>All &amp;theirs</source>
        <translation>全部用对方的(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>Conflicts: fields both files changed since they last shared a state, to different values</source>
        <translation>冲突：自两个文件上次一致以来，双方都改成了不同值的字段</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>还有 %n 处冲突待决定</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>没有冲突</translation>
    </message>
    <message>
        <source>All conflicts decided</source>
        <translation>所有冲突均已决定</translation>
    </message>
    <message>
        <source>%1, %2, revision %3</source>
        <translation>%1，%2，第 %3 版</translation>
    </message>
</context>
<context>
    <name>MergeEngine</name>
    <message>
        <source>The table %1 differs between the files.</source>
        <translation>两个文件中的表 %1 不一致。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the open project itself.</source>
        <translation>“%1”就是当前打开的项目。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;.</source>
        <translation>无法读取“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be merged: %2</source>
        <translation>无法合并“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; scores against the framework &quot;%2&quot;, this project against &quot;%3&quot;: projects on different frameworks cannot be merged.</source>
        <translation>“%1”按目标框架“%2”评分，本项目按“%3”评分：目标框架不同的项目无法合并。</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation>堵点</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by another program while it was being read. Merge it again once that program is done.</source>
        <translation>读取“%1”期间，该文件被其他程序修改。请等该程序完成后重新合并。</translation>
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
    <message>
        <source>Choose file and create…</source>
        <translation>选择文件并创建…</translation>
    </message>
    <message>
        <source>Give the project a name.</source>
        <translation>请为项目命名。</translation>
    </message>
    <message>
        <source>%1 dimensions, %2 goals</source>
        <translation>%1 个维度，%2 个目标</translation>
    </message>
</context>
<context>
    <name>ObservationCsv</name>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The header names the column &quot;%1&quot; more than once.</source>
        <translation>标题行中“%1”列出现了不止一次。</translation>
    </message>
    <message>
        <source>The file has no &quot;%1&quot; column. Observations need the columns indicator, period and value (or 指标, 期间 and 数值); the header found is: %2</source>
        <translation>文件中没有“%1”列。观测值需要 indicator、period 和 value 列（或“指标”“期间”和“数值”列）；文件的标题行为：%2</translation>
    </message>
    <message>
        <source>the indicator code is empty</source>
        <translation>指标编号为空</translation>
    </message>
    <message>
        <source>unknown indicator code &quot;%1&quot;</source>
        <translation>未知的指标编号“%1”</translation>
    </message>
    <message>
        <source>the period is empty</source>
        <translation>期间为空</translation>
    </message>
    <message>
        <source>the period &quot;%1&quot; contains a line break or tab</source>
        <translation>期间“%1”包含换行符或制表符</translation>
    </message>
    <message>
        <source>the value is empty</source>
        <translation>数值为空</translation>
    </message>
    <message>
        <source>the value &quot;%1&quot; is not a number (write it like 1180000 or 0.21)</source>
        <translation>数值“%1”不是数字（请写成 1180000 或 0.21 这样的形式）</translation>
    </message>
    <message>
        <source>the same indicator and period as line %1</source>
        <translation>指标和期间与第 %1 行重复</translation>
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
    <message>
        <source>The project &quot;%1&quot; is being edited in another window or program (%2). Only one of them can change it at a time.</source>
        <translation>项目“%1”正在另一窗口或程序中编辑（%2）。同一时间只能由其中一处修改。</translation>
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
    <message>
        <source>Restore the &amp;window layout on start</source>
        <translation>启动时恢复窗口布局(&amp;W)</translation>
    </message>
    <message>
        <source>Saves the window&apos;s size, panels and dividers when you quit and brings them back next time. Turn it off to start with the default layout.</source>
        <translation>退出时保存窗口大小、面板和分隔条位置，下次启动时恢复。关闭此项则每次以默认布局启动。</translation>
    </message>
</context>
<context>
    <name>ProfileChart</name>
    <message>
        <source>Policy profile</source>
        <translation>政策画像</translation>
    </message>
    <message>
        <source>No goals to show</source>
        <translation>没有可显示的目标</translation>
    </message>
    <message>
        <source>Profile of the selected policies</source>
        <translation>选中政策的画像</translation>
    </message>
    <message numerus="yes">
        <source>Profile of the top %n policies (select policies to compare)</source>
        <translation>
            <numerusform>排名前 %n 项政策的画像（选择政策进行比较）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(first %1; %n more not drawn)</source>
        <translation>
            <numerusform>（仅绘制前 %1 项，另有 %n 项未绘制）</numerusform>
        </translation>
    </message>
    <message>
        <source>No policies yet</source>
        <translation>尚无政策</translation>
    </message>
    <message>
        <source>Portfolio mean</source>
        <translation>组合平均</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Consensus (0–4)</source>
        <translation>共识分（0–4）</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Portfolio mean: %1</source>
        <translation>组合平均：%1</translation>
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
    <message>
        <source>What the evaluators recommend; printed in the executive summary.</source>
        <translation>评估人员的建议；将打印在执行摘要中。</translation>
    </message>
    <message>
        <source>Evaluators&apos; &amp;recommendations:</source>
        <translation>评估建议(&amp;R)：</translation>
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
    <message>
        <source>&quot;%1&quot; is being edited in another window or program (%2); it was not replaced.</source>
        <translation>“%1”正在另一窗口或程序中编辑（%2）；未替换该文件。</translation>
    </message>
</context>
<context>
    <name>RankingChart</name>
    <message>
        <source>Ranking with uncertainty</source>
        <translation>含不确定性的排名</translation>
    </message>
    <message>
        <source>No policies yet</source>
        <translation>尚无政策</translation>
    </message>
    <message numerus="yes">
        <source>Ranks and 5–95 % intervals (%n weight draws)</source>
        <translation>
            <numerusform>排名及 5–95 % 区间（%n 次权重抽样）</numerusform>
        </translation>
    </message>
    <message>
        <source>Ranks (intervals being computed…)</source>
        <translation>排名（正在计算区间…）</translation>
    </message>
    <message>
        <source>No policy has a score yet</source>
        <translation>尚无政策获得得分</translation>
    </message>
    <message>
        <source>Rank with current weights</source>
        <translation>当前权重下的排名</translation>
    </message>
    <message>
        <source>Monte Carlo median rank</source>
        <translation>蒙特卡洛中位排名</translation>
    </message>
    <message>
        <source>5–95 % rank interval</source>
        <translation>5–95 % 排名区间</translation>
    </message>
    <message>
        <source>Selected policies</source>
        <translation>选中的政策</translation>
    </message>
    <message>
        <source>Policy · score (0–4)</source>
        <translation>政策 · 得分（0–4）</translation>
    </message>
    <message>
        <source>Rank (1 = best)</source>
        <translation>排名（1 = 最好）</translation>
    </message>
    <message>
        <source>Score: %1 of 4 (%2 of 100)</source>
        <translation>得分：%1 / 4（%2 / 100）</translation>
    </message>
    <message>
        <source>Rank with current weights: %1</source>
        <translation>当前权重下的排名：%1</translation>
    </message>
    <message>
        <source>Monte Carlo: median rank %1, 5–95 %: %2–%3, top 3 in %4 % of draws</source>
        <translation>蒙特卡洛：中位排名 %1，5–95 %：%2–%3，%4 % 的抽样中位列前三</translation>
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
    <name>Report</name>
    <message>
        <source>Evaluation dossier</source>
        <translation>评估档案</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>执行摘要</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Framework: %1</source>
        <translation>目标框架：%1</translation>
    </message>
    <message>
        <source>Weight set: %1 (revision %2)</source>
        <translation>权重方案：%1（第 %2 版）</translation>
    </message>
    <message>
        <source>Policies: %1 · evaluators: %2 · scores: %3</source>
        <translation>政策：%1 项 · 评估人：%2 位 · 评分：%3 条</translation>
    </message>
    <message>
        <source>Policies: %1 selected of %4 · evaluators: %2 · scores: %3</source>
        <translation>政策：已选 %1 项（共 %4 项）· 评估人：%2 位 · 评分：%3 条</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>unranked</source>
        <translation>未排名</translation>
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
        <source>Score 0–4</source>
        <translation>得分 0–4</translation>
    </message>
    <message>
        <source>Score 0–100</source>
        <translation>得分 0–100</translation>
    </message>
    <message>
        <source>Rank 5–95 %</source>
        <translation>排名区间 5–95 %</translation>
    </message>
    <message>
        <source>P(top 3)</source>
        <translation>进入前 3 的概率</translation>
    </message>
    <message>
        <source>The %1 best-ranked of %2 policies are shown; the evaluation dossier lists all of them.</source>
        <translation>仅列出 %2 项政策中排名前 %1 的政策；评估档案列出全部政策。</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Effective weight</source>
        <translation>有效权重</translation>
    </message>
    <message>
        <source>Coverage (mean consensus)</source>
        <translation>覆盖度（平均共识评分）</translation>
    </message>
    <message>
        <source>Policies scoring ≥ 3</source>
        <translation>评分 ≥ 3 的政策数</translation>
    </message>
    <message>
        <source>Policies applicable</source>
        <translation>适用政策数</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>α 系数</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>（已逾期）</translation>
    </message>
    <message>
        <source>Bottleneck</source>
        <translation>堵点</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责单位</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基期值</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>对标值</translation>
    </message>
    <message>
        <source>No indicator is off track or at risk.</source>
        <translation>没有偏离目标或有风险的指标。</translation>
    </message>
    <message>
        <source>Mean consensus, 0–4</source>
        <translation>平均共识评分（0–4）</translation>
    </message>
    <message>
        <source>Rank (1 = best)</source>
        <translation>排名（1 = 最好）</translation>
    </message>
    <message>
        <source>Rank with the current weights</source>
        <translation>当前权重下的排名</translation>
    </message>
    <message>
        <source>Monte Carlo 5–95 % rank interval</source>
        <translation>蒙特卡洛 5–95 % 排名区间</translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation>堵点</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Policies by weighted score with the current weights. The rank interval shows where a policy lands in 90 % of %1 random variations of the weights (Monte Carlo, seed %2).</source>
        <translation>按当前权重下的加权得分排列政策。排名区间表示在 %1 次权重随机扰动中 90 % 的情况下政策所处的名次（蒙特卡洛模拟，随机种子 %2）。</translation>
    </message>
    <message>
        <source>Goal coverage</source>
        <translation>目标覆盖度</translation>
    </message>
    <message>
        <source>Goals least served</source>
        <translation>覆盖最薄弱的目标</translation>
    </message>
    <message>
        <source>Most severe open bottlenecks</source>
        <translation>最严重的未解决堵点</translation>
    </message>
    <message>
        <source>No bottleneck is open.</source>
        <translation>没有未解决的堵点。</translation>
    </message>
    <message>
        <source>%1 of %2 unresolved bottlenecks shown.</source>
        <translation>列出 %2 个未解决堵点中的 %1 个。</translation>
    </message>
    <message>
        <source>Indicators off track</source>
        <translation>偏离目标的指标</translation>
    </message>
    <message>
        <source>Agreement between evaluators</source>
        <translation>评估人之间的一致性</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (ordinal) over all scored cells: %1. Disputed cells (evaluators 2 or more points apart): %2. Cells scored 3 or 4 whose evidence stops at input or activity level: %3.</source>
        <translation>全部已评分单元格的 Krippendorff α 系数（定序）：%1。存在争议的单元格（评估人评分相差 2 分及以上）：%2 个。评分为 3 或 4 但证据仅停留在投入或活动层次的单元格：%3 个。</translation>
    </message>
    <message>
        <source>Evaluators&apos; recommendations</source>
        <translation>评估建议</translation>
    </message>
    <message>
        <source>No recommendations recorded yet (File → Project Properties).</source>
        <translation>尚未填写评估建议（文件 → 项目属性）。</translation>
    </message>
    <message>
        <source>2 Results</source>
        <translation>2 评估结果</translation>
    </message>
    <message>
        <source>Goal coverage and agreement</source>
        <translation>目标覆盖度与一致性</translation>
    </message>
    <message>
        <source>3 Policies</source>
        <translation>3 政策逐项评估</translation>
    </message>
    <message>
        <source>4 Bottleneck register</source>
        <translation>4 堵点登记册</translation>
    </message>
    <message>
        <source>No bottleneck has been recorded.</source>
        <translation>尚未记录任何堵点。</translation>
    </message>
    <message>
        <source>5 Indicators</source>
        <translation>5 监测指标</translation>
    </message>
    <message>
        <source>On track: the target is reached, or progress is at least the share of time elapsed minus 10 points. At risk: at least half of that. Off track: moving away from the target, below half, or the target period has ended.</source>
        <translation>进展正常：已达到目标，或进度不低于已用时间比例减 10 个百分点。有风险：进度至少达到该水平的一半。偏离目标：背离目标方向、低于一半，或目标期限已过。</translation>
    </message>
    <message>
        <source>Appendix: sources</source>
        <translation>附录：资料来源</translation>
    </message>
    <message>
        <source>1 Method</source>
        <translation>1 评估方法</translation>
    </message>
    <message>
        <source>Scoring rubric</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>The goal does not apply to the policy; left out of every average.</source>
        <translation>该目标不适用于此政策；不计入任何平均值。</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>直接赋权</translation>
    </message>
    <message>
        <source>Weight set &quot;%1&quot;, revision %2. Dimension method: %3; consistency ratio of the dimension comparison: %4.</source>
        <translation>权重方案“%1”，第 %2 版。维度赋权方法：%3；维度两两比较的一致性比率：%4。</translation>
    </message>
    <message>
        <source>Dimension / goal</source>
        <translation>维度 / 目标</translation>
    </message>
    <message>
        <source>Weight within level</source>
        <translation>层内权重</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Consistency ratio</source>
        <translation>一致性比率</translation>
    </message>
    <message>
        <source>Aggregation, agreement and sensitivity</source>
        <translation>汇总、一致性与敏感性</translation>
    </message>
    <message>
        <source>Consensus of a cell: the mean of the evaluators&apos; scores, N/A left out; a consensus set by the lead evaluator replaces it. Policy score: the weighted mean of the consensus over the goals that are not N/A, with effective weight = dimension weight × goal weight; shown on 0–4 and 0–100. Ranks are competition ranks (1224).</source>
        <translation>单元格共识评分：各评估人评分的平均值，不适用（N/A）不计入；牵头评估人设定的共识评分优先。政策得分：对非 N/A 目标的共识评分按有效权重加权平均，有效权重 = 维度权重 × 目标权重；以 0–4 分和 0–100 分表示。排名采用竞赛排名法（1224）。</translation>
    </message>
    <message>
        <source>Agreement: Krippendorff&apos;s alpha, ordinal metric, over the (policy, goal) cells: %1 overall. %2 cells are disputed (scores 2 or more points apart).</source>
        <translation>一致性：以（政策，目标）单元格计算的 Krippendorff α 系数（定序）总体为 %1。%2 个单元格存在争议（评分相差 2 分及以上）。</translation>
    </message>
    <message>
        <source>Sensitivity: %1 Monte Carlo draws of all weights around the current ones (Dirichlet per level, concentration 100, seed %2); the rank interval holds 90 % of the draws.</source>
        <translation>敏感性：围绕当前权重对全部权重进行 %1 次蒙特卡洛抽样（各层 Dirichlet 分布，集中度 100，随机种子 %2）；排名区间覆盖 90 % 的抽样结果。</translation>
    </message>
    <message>
        <source>score %1 (%2 of 100)</source>
        <translation>得分 %1（百分制 %2）</translation>
    </message>
    <message>
        <source>rank %1 of %2, interval %3</source>
        <translation>排名 %1 / %2，区间 %3</translation>
    </message>
    <message>
        <source>(set by lead)</source>
        <translation>（牵头人设定）</translation>
    </message>
    <message>
        <source>(disputed)</source>
        <translation>（有争议）</translation>
    </message>
    <message>
        <source>Not scored yet.</source>
        <translation>尚未评分。</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>共识评分</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>评分理由</translation>
    </message>
    <message>
        <source>Result level</source>
        <translation>结果层次</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>原文摘录</translation>
    </message>
    <message>
        <source>No source is cited.</source>
        <translation>未引用任何资料来源。</translation>
    </message>
    <message>
        <source>Every source cited by the evidence of the policies in this dossier, the bottlenecks and the indicator observations.</source>
        <translation>本档案中政策证据、堵点和指标观测值所引用的全部资料来源。</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>引用次数</translation>
    </message>
    <message>
        <source>Indicator trends</source>
        <translation>指标走势</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Export Report as P&amp;DF…</source>
        <translation>导出报告为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Export Report Tables as &amp;XLSX…</source>
        <translation>导出报告表格为 XLSX(&amp;X)…</translation>
    </message>
    <message>
        <source>See the executive summary or the evaluation dossier as it will print</source>
        <translation>查看执行摘要或评估档案的打印效果</translation>
    </message>
    <message>
        <source>Write the executive summary or the evaluation dossier as an A4 PDF</source>
        <translation>将执行摘要或评估档案写成 A4 PDF</translation>
    </message>
    <message>
        <source>Write the report&apos;s tables to an Excel workbook</source>
        <translation>将报告中的表格写入 Excel 工作簿</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>正在准备报告…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>正在排版…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The report was not printed.</source>
        <translation>报告未打印。</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>正在写入 PDF…</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>导出报告为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export Report Tables as XLSX</source>
        <translation>导出报告表格为 XLSX</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>The Chinese translation of the report texts is missing from this build.</source>
        <translation>此版本缺少报告文字的中文翻译。</translation>
    </message>
    <message>
        <source>The project has no weight set.</source>
        <translation>此项目没有权重方案。</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>&amp;All policies</source>
        <translation>全部政策(&amp;A)</translation>
    </message>
    <message>
        <source>Current &amp;selection (%1)</source>
        <translation>当前选择(&amp;S)（%1 项）</translation>
    </message>
    <message>
        <source>Mark as &amp;draft</source>
        <translation>标注为草稿(&amp;D)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>执行摘要</translation>
    </message>
    <message>
        <source>Evaluation dossier</source>
        <translation>评估档案</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Policies:</source>
        <translation>政策：</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The report could not be drawn.</source>
        <translation>无法绘制报告。</translation>
    </message>
</context>
<context>
    <name>ReportXlsx</name>
    <message>
        <source>libxlsxwriter could not start the workbook.</source>
        <translation>libxlsxwriter 无法创建工作簿。</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>无法替换 %1。</translation>
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
    <message>
        <source>The sample bottleneck &quot;%1&quot; is invalid.</source>
        <translation>示例堵点“%1”无效。</translation>
    </message>
    <message>
        <source>The sample project refers to an unknown indicator %1.</source>
        <translation>示例项目引用了未知指标 %1。</translation>
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
        <source>&amp;Disagreements</source>
        <translation>分歧(&amp;D)</translation>
    </message>
    <message>
        <source>Goals: weight, coverage, agreement, evidence</source>
        <translation>目标：权重、覆盖、一致性、证据</translation>
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
    <message>
        <source>Sensitivit&amp;y…</source>
        <translation>敏感性分析(&amp;Y)…</translation>
    </message>
    <message>
        <source>Ran&amp;king</source>
        <translation>排名(&amp;K)</translation>
    </message>
    <message>
        <source>Set co&amp;nsensus</source>
        <translation>设定共识评分(&amp;N)</translation>
    </message>
    <message>
        <source>Use com&amp;puted value</source>
        <translation>使用计算值(&amp;P)</translation>
    </message>
    <message>
        <source>Val&amp;ue:</source>
        <translation>分值(&amp;U)：</translation>
    </message>
    <message>
        <source>Rati&amp;onale:</source>
        <translation>评分理由(&amp;O)：</translation>
    </message>
    <message>
        <source>Goals and &amp;agreement</source>
        <translation>目标与一致性(&amp;A)</translation>
    </message>
    <message>
        <source>Eva&amp;luators and weight stability</source>
        <translation>评估人与权重稳定性(&amp;L)</translation>
    </message>
</context>
<context>
    <name>SelectionNote</name>
    <message>
        <source>Dashboard selection filter</source>
        <translation>仪表板选择筛选</translation>
    </message>
    <message>
        <source>Filtered by the dashboard selection: %1. &lt;a href=&quot;clear&quot;&gt;Clear the selection&lt;/a&gt;</source>
        <translation>已按仪表板选择筛选：%1。&lt;a href=&quot;clear&quot;&gt;清除选择&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>SelectionRules</name>
    <message>
        <source>Selected policies: the goal and evidence charts count only them; the heatmap, ranking and profile highlight them; the register shows the bottlenecks that block them. Selected goals: highlighted in the goal chart and heatmap; the register shows the bottlenecks affecting them and the indicator chart their indicators. Selected categories: highlighted in the bottleneck chart, and the register shows only them. A period keeps the bottlenecks open during it. Different kinds combine with &quot;and&quot;, items of one kind with &quot;or&quot;.</source>
        <translation>选中政策：目标图和证据图只统计这些政策；热力图、排名和画像中突出显示；堵点登记表显示阻碍这些政策的堵点。选中目标：在目标图和热力图中突出显示；堵点登记表显示影响这些目标的堵点，指标图显示其指标。选中类别：在堵点图中突出显示，堵点登记表只显示这些类别。时期：保留在该时期内未解决的堵点。不同种类之间为“且”，同一种类的各项之间为“或”。</translation>
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
    <name>ShareDialog</name>
    <message>
        <source>Export for Sharing</source>
        <translation>导出共享副本</translation>
    </message>
    <message>
        <source>Writes a clean copy of the project to send to someone. An evaluator package holds only the chosen evaluators&apos; scores and evidence; the others&apos; are removed from the file completely.</source>
        <translation>写出项目的干净副本以发送给他人。评估人数据包只包含所选评估人的评分和证据；其他评估人的数据会从文件中彻底删除。</translation>
    </message>
    <message>
        <source>&amp;Everyone&apos;s work (a full copy)</source>
        <translation>所有人的工作（完整副本）(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Only these evaluators (an evaluator package):</source>
        <translation>仅以下评估人（评估人数据包）(&amp;O)：</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>指纹（SHA-256）：</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Read the fingerprint to the receiver, who compares it with the one of the file received (policy-workbench info FILE.pwb shows it). The same fingerprint means the same file.</source>
        <translation>请将指纹告知接收方，由其与收到文件的指纹核对（policy-workbench info FILE.pwb 可显示指纹）。指纹相同即表示文件相同。</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Export for sharing</source>
        <translation>导出共享副本</translation>
    </message>
    <message>
        <source>Policy Workbench projects (*.pwb)</source>
        <translation>政策评估工作台项目 (*.pwb)</translation>
    </message>
    <message>
        <source>The file was not written: %1</source>
        <translation>未写入文件：%1</translation>
    </message>
    <message>
        <source>Wrote a full copy of the project to %1.</source>
        <translation>已将项目的完整副本写入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the package of %n evaluator(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 名评估人的数据包写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareExport</name>
    <message>
        <source>Choose a different file than the open project.</source>
        <translation>请选择与当前打开项目不同的文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is open in another window or program (%2); it was not replaced.</source>
        <translation>“%1”已在另一窗口或程序中打开（%2）；未替换该文件。</translation>
    </message>
    <message>
        <source>The project has no evaluator %1.</source>
        <translation>项目中没有评估人 %1。</translation>
    </message>
    <message>
        <source>Cannot write in the folder &quot;%1&quot;: %2</source>
        <translation>无法写入文件夹“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Could not leave out the other evaluators: %1</source>
        <translation>无法移除其他评估人的数据：%1</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>No shortcut matches.</source>
        <translation>没有匹配的快捷键。</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Command or key, e.g. undo or Ctrl+R</source>
        <translation>命令或按键，例如“撤销”或 Ctrl+R</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Every menu opens with Alt and its underlined letter; inside a menu, the underlined letter chooses a command.</source>
        <translation>按 Alt 加菜单中带下划线的字母可打开该菜单；在菜单中，按带下划线的字母即可选择命令。</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
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
    <name>TrackingExport</name>
    <message>
        <source>Could not write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>TrackingTabs</name>
    <message>
        <source>&amp;Bottlenecks</source>
        <translation>堵点(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>目标(&amp;G)</translation>
    </message>
    <message>
        <source>Bottlenecks of the selected policy</source>
        <translation>所选政策的堵点</translation>
    </message>
    <message>
        <source>No unresolved bottlenecks recorded for this policy.</source>
        <translation>此政策没有记录未解决的堵点。</translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved bottleneck(s) block this policy</source>
        <translation>
            <numerusform>有 %n 个未解决的堵点阻碍此政策</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>指标(&amp;I)</translation>
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
    <message>
        <source>Import bottlenecks from %1</source>
        <translation>从 %1 导入堵点</translation>
    </message>
    <message>
        <source>Import observations from %1</source>
        <translation>从 %1 导入指标观测值</translation>
    </message>
    <message numerus="yes">
        <source>Import %n bottleneck(s) from %1</source>
        <translation>
            <numerusform>从 %1 导入 %n 个堵点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n observation(s) from %1</source>
        <translation>
            <numerusform>从 %1 导入 %n 个指标观测值</numerusform>
        </translation>
    </message>
    <message>
        <source>Add bottleneck &quot;%1&quot;</source>
        <translation>添加堵点“%1”</translation>
    </message>
    <message>
        <source>Edit bottleneck &quot;%1&quot;</source>
        <translation>编辑堵点“%1”</translation>
    </message>
    <message>
        <source>Delete bottleneck &quot;%1&quot;</source>
        <translation>删除堵点“%1”</translation>
    </message>
    <message>
        <source>Add evidence to &quot;%1&quot;</source>
        <translation>为“%1”添加证据</translation>
    </message>
    <message>
        <source>Edit evidence of &quot;%1&quot;</source>
        <translation>编辑“%1”的证据</translation>
    </message>
    <message>
        <source>Remove evidence from &quot;%1&quot;</source>
        <translation>移除“%1”的证据</translation>
    </message>
    <message>
        <source>Add category %1</source>
        <translation>添加类别 %1</translation>
    </message>
    <message>
        <source>Remove category %1</source>
        <translation>移除类别 %1</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>benchmark</source>
        <translation>对标值</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>观测值</translation>
    </message>
    <message>
        <source>Add indicator %1</source>
        <translation>添加指标 %1</translation>
    </message>
    <message>
        <source>Edit indicator %1</source>
        <translation>编辑指标 %1</translation>
    </message>
    <message>
        <source>Delete indicator %1</source>
        <translation>删除指标 %1</translation>
    </message>
    <message>
        <source>Remove %1 of %2</source>
        <translation>移除 %2 的%1</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>为 %2 添加%1</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>编辑 %2 的%1</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>合并 %1</translation>
    </message>
    <message>
        <source>Remember report options</source>
        <translation>记住报告选项</translation>
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
    <message>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>已缓解</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Won&apos;t fix</source>
        <translation>不予处理</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>非常严重</translation>
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
    <message>
        <source>Weights entered</source>
        <translation>输入的权重</translation>
    </message>
    <message>
        <source>Pairwise comparisons</source>
        <translation>两两比较</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>%1 的权重</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Welcome to Policy Workbench</source>
        <translation>欢迎使用政策评估工作台</translation>
    </message>
    <message>
        <source>Score policies against the goals of the Five-Year Plan, with the evidence behind every score, alone or as a team. Start with the sample project, or create a project of your own.</source>
        <translation>对照五年规划目标为政策评分，每个评分都有证据支撑，可独立完成，也可团队协作。您可以从示例项目开始，也可以新建自己的项目。</translation>
    </message>
    <message>
        <source>Try it out</source>
        <translation>试用</translation>
    </message>
    <message>
        <source>Open the &amp;sample project</source>
        <translation>打开示例项目(&amp;S)</translation>
    </message>
    <message>
        <source>15 real policies with illustrative scores by three fictitious evaluators, ready to explore.</source>
        <translation>15 项真实政策，附三位虚构评估人的示例评分，可直接浏览。</translation>
    </message>
    <message>
        <source>Start a &amp;new evaluation</source>
        <translation>开始新的评估(&amp;N)</translation>
    </message>
    <message>
        <source>New project on %1</source>
        <translation>新建项目：%1</translation>
    </message>
    <message>
        <source>%1 dimensions, %2 goals</source>
        <translation>%1 个维度，%2 个目标</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>最近的项目(&amp;R)</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>尚无最近的项目。</translation>
    </message>
    <message>
        <source>&amp;Open a project file…</source>
        <translation>打开项目文件(&amp;O)…</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（文件不存在）</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
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
