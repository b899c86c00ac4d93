<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Demo</name>
    <message>
        <source>The demo simulator could not listen on 127.0.0.1; another program may block local ports.</source>
        <translation>演示模拟器无法在 127.0.0.1 上监听；可能有其他程序占用了本地端口。</translation>
    </message>
    <message>
        <source>Demo (local simulator)</source>
        <translation>演示（本地模拟器）</translation>
    </message>
    <message>
        <source>demo keys</source>
        <translation>演示密钥</translation>
    </message>
    <message>
        <source>Demo, second project (local simulator)</source>
        <translation>演示，第二个项目（本地模拟器）</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The export was cancelled. No file was written; start the export again to save the tasks.</source>
        <translation>导出已取消，未写入任何文件；如需保存任务，请重新导出。</translation>
    </message>
    <message>
        <source>Writing the export failed (%1). The disk may be full or the location read-only; free some space or choose another folder, then export again.</source>
        <translation>写入导出文件失败（%1）。磁盘可能已满或位置只读；请释放空间或选择其他文件夹，然后重新导出。</translation>
    </message>
    <message>
        <source>The export target is not open for writing. Choose the file again and retry.</source>
        <translation>导出目标未以写入方式打开。请重新选择文件后重试。</translation>
    </message>
    <message>
        <source>Could not create %1: the folder %2 does not exist. Choose an existing folder and export again.</source>
        <translation>无法创建 %1：文件夹 %2 不存在。请选择已存在的文件夹，然后重新导出。</translation>
    </message>
    <message>
        <source>Could not create %1 (%2). Check that you may write to this folder, or choose another one, and export again.</source>
        <translation>无法创建 %1（%2）。请检查是否有权写入此文件夹，或选择其他文件夹，然后重新导出。</translation>
    </message>
    <message>
        <source>Could not save %1 (%2). The disk may be full or the file locked by another program; close it or free some space, then export again.</source>
        <translation>无法保存 %1（%2）。磁盘可能已满，或文件被其他程序锁定；请关闭该程序或释放空间，然后重新导出。</translation>
    </message>
    <message>
        <source>The CSV delimiter must be a comma, a semicolon or a tab. Choose one of these and export again.</source>
        <translation>CSV 分隔符必须是逗号、分号或制表符。请选择其中之一，然后重新导出。</translation>
    </message>
    <message>
        <source>The spreadsheet could not be written (libxlsxwriter: %1). The temporary folder may be full or not writable; free some space, or export as CSV instead.</source>
        <translation>无法写入电子表格（libxlsxwriter：%1）。临时文件夹可能已满或不可写；请释放空间，或改为导出 CSV。</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most %1 tasks, but this export has %2. Filter the list to fewer tasks, or export as CSV or JSON, which have no row limit.</source>
        <translation>一个 Excel 工作表最多容纳 %1 个任务，但本次导出有 %2 个。请筛选以减少任务数，或导出为没有行数限制的 CSV 或 JSON。</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most %1 columns, but these tasks flatten to %2. Export the visible columns only, or export as CSV or JSON.</source>
        <translation>一个 Excel 工作表最多容纳 %1 列，但这些任务展开后有 %2 列。请只导出可见列，或导出为 CSV 或 JSON。</translation>
    </message>
    <message>
        <source>Could not create a temporary file for the spreadsheet (%1). Check that the temporary folder %2 exists and has free space, then export again.</source>
        <translation>无法为电子表格创建临时文件（%1）。请检查临时文件夹 %2 是否存在且有剩余空间，然后重新导出。</translation>
    </message>
    <message>
        <source>The finished spreadsheet could not be read back from the temporary folder (%1). Check the folder&apos;s permissions and export again.</source>
        <translation>无法从临时文件夹读回已生成的电子表格（%1）。请检查该文件夹的权限，然后重新导出。</translation>
    </message>
</context>
<context>
    <name>FaceConfig</name>
    <message>
        <source>Smallest face</source>
        <translation>最小人脸</translation>
    </message>
    <message>
        <source>px</source>
        <translation>像素</translation>
    </message>
    <message>
        <source>Faces smaller than this are not detected; faces must be at least 90×90.</source>
        <translation>小于此尺寸的人脸不会被检测；人脸至少需要 90×90。</translation>
    </message>
    <message>
        <source>Largest face</source>
        <translation>最大人脸</translation>
    </message>
    <message>
        <source>Faces larger than this are not detected.</source>
        <translation>大于此尺寸的人脸不会被检测。</translation>
    </message>
    <message>
        <source>Detection region</source>
        <translation>检测区域</translation>
    </message>
    <message>
        <source>Polygons and lines where faces are detected; the whole frame when absent.</source>
        <translation>检测人脸的多边形和线；未设置时为整个画面。</translation>
    </message>
    <message>
        <source>Frames skipped</source>
        <translation>跳帧数</translation>
    </message>
    <message>
        <source>frames</source>
        <translation>帧</translation>
    </message>
    <message>
        <source>Frames skipped after each analysed frame; higher saves compute, may miss faces.</source>
        <translation>每分析一帧后跳过的帧数；数值越大越节省算力，但可能漏检人脸。</translation>
    </message>
    <message>
        <source>First send delay</source>
        <translation>首次发送延迟</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Time from first seeing a face to sending it.</source>
        <translation>从首次看到人脸到发送的时间。</translation>
    </message>
    <message>
        <source>Always send</source>
        <translation>始终发送</translation>
    </message>
    <message>
        <source>Switch: 0 off, 1 on.</source>
        <translation>开关：0 关闭，1 开启。</translation>
    </message>
    <message>
        <source>Resend same person</source>
        <translation>同一人重复发送</translation>
    </message>
    <message>
        <source>Resend the same person&apos;s face: 0 off, 1 on.</source>
        <translation>重复发送同一人的人脸：0 关闭，1 开启。</translation>
    </message>
    <message>
        <source>Resend mode</source>
        <translation>重复发送模式</translation>
    </message>
    <message>
        <source>PERIOD: the best face once per period; QUALITY_STEP: resend when quality grows by the step factor.</source>
        <translation>PERIOD：每个周期发送一次最佳人脸；QUALITY_STEP：质量按步进系数提升时重新发送。</translation>
    </message>
    <message>
        <source>Resend period</source>
        <translation>重复发送周期</translation>
    </message>
    <message>
        <source>Period for the PERIOD resend mode.</source>
        <translation>PERIOD 重复发送模式的周期。</translation>
    </message>
    <message>
        <source>Resend quality step</source>
        <translation>重复发送质量步进</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Quality factor for the QUALITY_STEP resend mode.</source>
        <translation>QUALITY_STEP 重复发送模式的质量系数。</translation>
    </message>
    <message>
        <source>Send whole frame</source>
        <translation>发送整帧</translation>
    </message>
    <message>
        <source>Send the whole frame with each face: 0 off, 1 on. Needed for OriginImage output.</source>
        <translation>随每张人脸发送整帧画面：0 关闭，1 开启。OriginImage 输出需要开启。</translation>
    </message>
    <message>
        <source>Frame JPEG quality</source>
        <translation>整帧 JPEG 质量</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>JPEG quality of the whole frame, 1 to 100.</source>
        <translation>整帧画面的 JPEG 质量，1 到 100。</translation>
    </message>
    <message>
        <source>Days kept on edge</source>
        <translation>边缘保留天数</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Days files are kept on the edge node (localpath output).</source>
        <translation>文件在边缘节点上保留的天数（localpath 输出）。</translation>
    </message>
</context>
<context>
    <name>InputType</name>
    <message>
        <source>Edge camera</source>
        <translation>边缘摄像头</translation>
    </message>
    <message>
        <source>Video ingestion stream (VIS)</source>
        <translation>视频接入流（VIS）</translation>
    </message>
    <message>
        <source>OBS file</source>
        <translation>OBS 文件</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Edge RESTful source</source>
        <translation>边缘 RESTful 源</translation>
    </message>
    <message>
        <source>VCN device</source>
        <translation>VCN 设备</translation>
    </message>
    <message>
        <source>Video source</source>
        <translation>视频源</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
</context>
<context>
    <name>RoiView</name>
    <message>
        <source>%1 · type %2</source>
        <comment>line name, properties.type</comment>
        <translation>%1 · 类型 %2</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>区域 %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>线 %1</translation>
    </message>
    <message>
        <source>Points lie outside the %1 × %2 frame; the view grew to show them.</source>
        <translation>有点位于 %1 × %2 画面之外；视图已扩大以显示它们。</translation>
    </message>
    <message>
        <source>Whole frame (no target_roi)</source>
        <translation>整个画面（无 target_roi）</translation>
    </message>
    <message>
        <source>target_roi cannot be read; see the warnings</source>
        <translation>无法读取 target_roi；请查看告警</translation>
    </message>
</context>
<context>
    <name>TaskColumn</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Edge pool</source>
        <translation>边缘池</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
</context>
<context>
    <name>TaskParser</name>
    <message>
        <source>The response is not JSON (%1 at byte %2).</source>
        <translation>响应不是 JSON（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>The response is JSON but not a task object.</source>
        <translation>响应是 JSON，但不是任务对象。</translation>
    </message>
    <message>
        <source>The response is an HTML page, not JSON (%1). A proxy or gateway may have answered instead of VIAS.</source>
        <translation>响应是 HTML 页面而不是 JSON（%1）。可能是代理或网关代替 VIAS 作出了响应。</translation>
    </message>
    <message>
        <source>The response is not valid JSON (%1).</source>
        <translation>响应不是有效的 JSON（%1）。</translation>
    </message>
    <message>
        <source>The response has no &quot;tasks&quot; list; it is not a task list.</source>
        <translation>响应中没有“tasks”列表；它不是任务列表。</translation>
    </message>
    <message>
        <source>The response&apos;s &quot;tasks&quot; is not a list.</source>
        <translation>响应中的“tasks”不是列表。</translation>
    </message>
    <message>
        <source>The response&apos;s &quot;count&quot; is not a whole number; the number of tasks on this page is used instead.</source>
        <translation>响应中的“count”不是整数；改用本页任务数。</translation>
    </message>
    <message>
        <source>The response has no &quot;count&quot;; the number of tasks on this page is used instead.</source>
        <translation>响应中没有“count”；改用本页任务数。</translation>
    </message>
</context>
<context>
    <name>TaskState</name>
    <message>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Queued, no resources assigned yet.</source>
        <translation>排队中，尚未分配资源。</translation>
    </message>
    <message>
        <source>Recovering</source>
        <translation>恢复中</translation>
    </message>
    <message>
        <source>Being restored.</source>
        <translation>正在恢复。</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <source>Starting up.</source>
        <translation>正在启动。</translation>
    </message>
    <message>
        <source>Upgrading</source>
        <translation>升级中</translation>
    </message>
    <message>
        <source>Being upgraded.</source>
        <translation>正在升级。</translation>
    </message>
    <message>
        <source>Create failed</source>
        <translation>创建失败</translation>
    </message>
    <message>
        <source>Creation failed; check the task&apos;s error detail.</source>
        <translation>创建失败；请查看任务的错误详情。</translation>
    </message>
    <message>
        <source>Start failed</source>
        <translation>启动失败</translation>
    </message>
    <message>
        <source>Start failed; check the edge node and the cameras.</source>
        <translation>启动失败；请检查边缘节点和摄像头。</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Running normally.</source>
        <translation>正常运行。</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>Stopping.</source>
        <translation>正在停止。</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Running abnormally; it may recover by itself.</source>
        <translation>运行异常；可能会自行恢复。</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>运行成功</translation>
    </message>
    <message>
        <source>Finished successfully.</source>
        <translation>已成功完成。</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>运行失败</translation>
    </message>
    <message>
        <source>The run failed.</source>
        <translation>运行失败。</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>删除中</translation>
    </message>
    <message>
        <source>Being deleted.</source>
        <translation>正在删除。</translation>
    </message>
    <message>
        <source>Freezing</source>
        <translation>冻结中</translation>
    </message>
    <message>
        <source>Being frozen because the account is in arrears.</source>
        <translation>因账户欠费正在冻结。</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>Frozen; it can be restarted after the account is topped up.</source>
        <translation>已冻结；账户充值后可重新启动。</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>调度中</translation>
    </message>
    <message>
        <source>Waiting to be scheduled onto resources.</source>
        <translation>等待调度到资源上。</translation>
    </message>
    <message>
        <source>Lack of resources</source>
        <translation>资源不足</translation>
    </message>
    <message>
        <source>Not enough resources to run; free or add capacity.</source>
        <translation>资源不足，无法运行；请释放或扩充容量。</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>A state this console does not know; shown as the server sent it.</source>
        <translation>本控制台无法识别的状态；按服务端返回原样显示。</translation>
    </message>
</context>
<context>
    <name>TaskWarning</name>
    <message>
        <source>%1 is %2 pixels; faces must be at least 90×90, so use 90 or more.</source>
        <translation>%1 为 %2 像素；人脸至少需要 90×90，请使用 90 或更大的值。</translation>
    </message>
    <message>
        <source>%1 is larger than detection_max_size (%2); no face can match.</source>
        <translation>%1 大于 detection_max_size（%2）；没有人脸能够匹配。</translation>
    </message>
    <message>
        <source>%1 is %2; the JPEG quality must be between 1 and 100.</source>
        <translation>%1 为 %2；JPEG 质量必须在 1 到 100 之间。</translation>
    </message>
    <message>
        <source>%1 is %2; a switch must be 0 (off) or 1 (on).</source>
        <translation>%1 为 %2；开关必须为 0（关闭）或 1（开启）。</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; the documented modes are PERIOD and QUALITY_STEP.</source>
        <translation>%1 为“%2”；文档中的模式为 PERIOD 和 QUALITY_STEP。</translation>
    </message>
    <message>
        <source>%1 asks for OriginImage but origin_image_send_sw is 0, so whole frames are never sent.</source>
        <translation>%1 要求 OriginImage，但 origin_image_send_sw 为 0，因此不会发送整帧画面。</translation>
    </message>
    <message>
        <source>%1 uses plain http://; events and face images travel unencrypted.</source>
        <translation>%1 使用明文 http://；事件和人脸图片以未加密方式传输。</translation>
    </message>
    <message>
        <source>%1 has %2 points; a polygon needs at least 3.</source>
        <translation>%1 有 %2 个点；多边形至少需要 3 个点。</translation>
    </message>
    <message>
        <source>%1 has %2 points; a line needs exactly 2.</source>
        <translation>%1 有 %2 个点；线必须正好有 2 个点。</translation>
    </message>
    <message>
        <source>%1: point %2 is not a pair of numbers [x, y]; it was skipped.</source>
        <translation>%1：第 %2 个点不是一对数字 [x, y]；已跳过。</translation>
    </message>
    <message>
        <source>%1: edges %2 cross; polygon edges must not cross.</source>
        <translation>%1：边 %2 相交；多边形的边不能相交。</translation>
    </message>
    <message>
        <source>%1: point %2 repeats the point before it.</source>
        <translation>%1：第 %2 个点与前一个点重复。</translation>
    </message>
    <message>
        <source>%1: point (%2) lies outside the camera frame.</source>
        <translation>%1：点（%2）位于摄像头画面之外。</translation>
    </message>
    <message>
        <source>%1 looks doubtful: %2</source>
        <translation>%1 可疑：%2</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>缺少 %1。</translation>
    </message>
    <message>
        <source>%1 is null.</source>
        <translation>%1 为 null。</translation>
    </message>
    <message>
        <source>%1 has the wrong type (%2); it was ignored.</source>
        <translation>%1 的类型错误（%2）；已忽略。</translation>
    </message>
    <message>
        <source>%1 was sent as %2; it was converted.</source>
        <translation>%1 以 %2 形式发送；已转换。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a documented state; it is shown as sent.</source>
        <translation>%1“%2”不是文档中的状态；按原样显示。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a documented type; it is shown as sent.</source>
        <translation>%1“%2”不是文档中的类型；按原样显示。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a UTC time like 2020-09-10T07:41:59Z.</source>
        <translation>%1“%2”不是形如 2020-09-10T07:41:59Z 的 UTC 时间。</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); the region is not shown.</source>
        <translation>无法读取 %1（%2）；该区域不显示。</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; looks misspelt; it was read as &quot;%3&quot;.</source>
        <translation>%1：键“%2”疑似拼写错误；已按“%3”读取。</translation>
    </message>
    <message>
        <source>%1 is too large (%2); the rest was not loaded.</source>
        <translation>%1 过大（%2）；其余部分未加载。</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2); only the raw text is available.</source>
        <translation>%1 不是 JSON 对象（%2）；只能查看原始文本。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for Huawei Cloud VIAS video analysis tasks.</source>
        <translation>华为云 VIAS 视频分析任务桌面控制台。</translation>
    </message>
    <message>
        <source>Start on the built-in demo: a local simulator, no cloud account.</source>
        <translation>以内置演示启动：使用本地模拟器，无需云账号。</translation>
    </message>
    <message>
        <source>Number of demo tasks (default 5000).</source>
        <translation>演示任务数（默认 5000）。</translation>
    </message>
    <message>
        <source>Start on two demo projects shown together in one table.</source>
        <translation>启动时在同一表格中显示两个演示项目。</translation>
    </message>
</context>
<context>
    <name>vias-sim</name>
    <message>
        <source>TCP port on 127.0.0.1; 0 picks a free one (default 0).</source>
        <translation>127.0.0.1 上的 TCP 端口；0 表示自动选择空闲端口（默认 0）。</translation>
    </message>
    <message>
        <source>Number of generated tasks of the primary service (default 1000).</source>
        <translation>主服务生成的任务数（默认 1000）。</translation>
    </message>
    <message>
        <source>Seed of the deterministic data generator (default 1).</source>
        <translation>确定性数据生成器的种子（默认 1）。</translation>
    </message>
    <message>
        <source>The &apos;now&apos; of the generated data, ISO 8601 UTC, e.g. 2026-01-01T00:00:00Z (default: current time).</source>
        <translation>生成数据所用的“当前时间”，ISO 8601 UTC 格式，例如 2026-01-01T00:00:00Z（默认：当前时间）。</translation>
    </message>
    <message>
        <source>Generated tasks of every other service (default 20).</source>
        <translation>其他每个服务生成的任务数（默认 20）。</translation>
    </message>
    <message>
        <source>Serve this list response file ({&quot;count&quot;:..,&quot;tasks&quot;:[...]}) for the primary service instead of generated tasks.</source>
        <translation>为主服务提供此列表响应文件（{&quot;count&quot;:..,&quot;tasks&quot;:[...]}），而不是生成的任务。</translation>
    </message>
    <message>
        <source>The project id in the URL (default 0605f8aa21b24fd6a8e5d91f3e70a001).</source>
        <translation>URL 中的项目 ID（默认 0605f8aa21b24fd6a8e5d91f3e70a001）。</translation>
    </message>
    <message>
        <source>The project (region) name for IAM scopes (default cn-north-4).</source>
        <translation>IAM 作用域的项目（区域）名称（默认 cn-north-4）。</translation>
    </message>
    <message>
        <source>A service to serve; repeatable; the first is the primary one (default c-face-edge, c-vehicle-detection-cloud, c-fire-exit-occupation-cloud, c-safetysuitedetection-edge).</source>
        <translation>要提供的服务；可重复指定；第一个为主服务（默认 c-face-edge、c-vehicle-detection-cloud、c-fire-exit-occupation-cloud、c-safetysuitedetection-edge）。</translation>
    </message>
    <message>
        <source>Auth on the task endpoints: none, token, aksk or any (default none).</source>
        <translation>任务接口的认证方式：none、token、aksk 或 any（默认 none）。</translation>
    </message>
    <message>
        <source>Access key accepted for AK/SK (default DEMOAKVIASCONSOLE000).</source>
        <translation>AK/SK 认证接受的访问密钥（默认 DEMOAKVIASCONSOLE000）。</translation>
    </message>
    <message>
        <source>Secret key for AK/SK (default demo-secret-key-for-the-local-simulator).</source>
        <translation>AK/SK 认证的私有访问密钥（默认 demo-secret-key-for-the-local-simulator）。</translation>
    </message>
    <message>
        <source>IAM user name (default demo).</source>
        <translation>IAM 用户名（默认 demo）。</translation>
    </message>
    <message>
        <source>IAM password (default demo-password).</source>
        <translation>IAM 密码（默认 demo-password）。</translation>
    </message>
    <message>
        <source>IAM account (domain) name (default demo).</source>
        <translation>IAM 账号（租户）名（默认 demo）。</translation>
    </message>
    <message>
        <source>Lifetime of issued tokens in seconds (default 86400).</source>
        <translation>颁发令牌的有效期，单位秒（默认 86400）。</translation>
    </message>
    <message>
        <source>Largest X-Sdk-Date difference to the server clock, seconds (default 900).</source>
        <translation>X-Sdk-Date 与服务端时钟的最大偏差，单位秒（默认 900）。</translation>
    </message>
    <message>
        <source>Delay every response by this many milliseconds (default 0).</source>
        <translation>每个响应延迟的毫秒数（默认 0）。</translation>
    </message>
    <message>
        <source>Add a uniform random 0..MS to the delay (default 0).</source>
        <translation>在延迟上叠加 0..MS 的均匀随机值（默认 0）。</translation>
    </message>
    <message>
        <source>Share of task requests (0..1) answered with --error-status (default 0).</source>
        <translation>以 --error-status 响应的任务请求比例（0..1，默认 0）。</translation>
    </message>
    <message>
        <source>Status for injected errors: 500, 502, 503, 429, ... (default 503).</source>
        <translation>注入错误的状态码：500、502、503、429……（默认 503）。</translation>
    </message>
    <message>
        <source>Retry-After seconds on injected 429/503 (default 1).</source>
        <translation>注入 429/503 时的 Retry-After 秒数（默认 1）。</translation>
    </message>
    <message>
        <source>The first N task requests fail with --error-status (default 0).</source>
        <translation>前 N 个任务请求以 --error-status 失败（默认 0）。</translation>
    </message>
    <message>
        <source>Share of 200 responses cut short (Content-Length larger than sent, then close).</source>
        <translation>被截断的 200 响应比例（Content-Length 大于实际发送量，随后关闭连接）。</translation>
    </message>
    <message>
        <source>Share of 200 responses with broken JSON (correct Content-Length).</source>
        <translation>JSON 损坏的 200 响应比例（Content-Length 正确）。</translation>
    </message>
    <message>
        <source>Share of 200 responses whose connection is reset mid-body.</source>
        <translation>在响应体中途重置连接的 200 响应比例。</translation>
    </message>
    <message>
        <source>Share of responses that claim 3 GB and stream filler (at most --oversized-max-mb) until the client hangs up.</source>
        <translation>声称 3 GB 并持续发送填充数据（最多 --oversized-max-mb）直到客户端断开的响应比例。</translation>
    </message>
    <message>
        <source>Bound of the oversized stream in MiB (default 64).</source>
        <translation>超大数据流的上限，单位 MiB（默认 64）。</translation>
    </message>
    <message>
        <source>Tasks created, deleted or changing state per minute (default 0).</source>
        <translation>每分钟创建、删除或改变状态的任务数（默认 0）。</translation>
    </message>
    <message>
        <source>Churn events before every list request (default 0).</source>
        <translation>每次列表请求前的变动事件数（默认 0）。</translation>
    </message>
    <message>
        <source>--%1 wants an integer from %2 to %3, got &apos;%4&apos;.</source>
        <translation>--%1 需要 %2 到 %3 之间的整数，实际为“%4”。</translation>
    </message>
    <message>
        <source>--%1 wants a number from 0 to %2, got &apos;%3&apos;.</source>
        <translation>--%1 需要 0 到 %2 之间的数字，实际为“%3”。</translation>
    </message>
    <message>
        <source>A local simulator of the Huawei Cloud VIAS task list API on 127.0.0.1: task list and detail, IAM password login, token or AK/SK auth, and fault injection. See docs/SIMULATOR.md.</source>
        <translation>运行在 127.0.0.1 上的华为云 VIAS 任务列表 API 本地模拟器：任务列表和详情、IAM 密码登录、令牌或 AK/SK 认证，以及故障注入。见 docs/SIMULATOR.md。</translation>
    </message>
    <message>
        <source>Let faults hit POST /v3/auth/tokens too.</source>
        <translation>故障也作用于 POST /v3/auth/tokens。</translation>
    </message>
    <message>
        <source>Log every request (method, path, status) to stderr; never credentials.</source>
        <translation>将每个请求（方法、路径、状态码）记录到 stderr；从不记录凭据。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; see --help.</source>
        <translation>意外的参数“%1”；请查看 --help。</translation>
    </message>
    <message>
        <source>--reference-time wants an ISO 8601 time such as 2026-01-01T00:00:00Z.</source>
        <translation>--reference-time 需要 ISO 8601 时间，例如 2026-01-01T00:00:00Z。</translation>
    </message>
    <message>
        <source>cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is not a task list response: %2.</source>
        <translation>%1 不是任务列表响应：%2。</translation>
    </message>
    <message>
        <source>--auth wants none, token, aksk or any.</source>
        <translation>--auth 的取值为 none、token、aksk 或 any。</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1 (in use? try --port 0).</source>
        <translation>无法在 127.0.0.1:%1 上监听（端口被占用？请尝试 --port 0）。</translation>
    </message>
</context>
<context>
    <name>vias::TaskTableModel</name>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1（+%2）</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>%1
%2 UTC
%3</source>
        <translation>%1
%2 UTC
%3</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1后</translation>
    </message>
    <message>
        <source>Profile: %1
Project ID: %2
Region: %3</source>
        <translation>配置：%1
项目 ID：%2
区域：%3</translation>
    </message>
    <message>
        <source>(custom endpoint)</source>
        <translation>（自定义端点）</translation>
    </message>
</context>
<context>
    <name>vias::api::AkSkAuthProvider</name>
    <message>
        <source>The access key (AK) or secret key (SK) is missing. Set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK, fill in ~/.huaweicloud/credentials, or enter them in the profile.</source>
        <translation>缺少访问密钥（AK）或私有访问密钥（SK）。请设置 HUAWEICLOUD_SDK_AK 和 HUAWEICLOUD_SDK_SK，或填写 ~/.huaweicloud/credentials，或在配置文件中输入。</translation>
    </message>
    <message>
        <source>The access key (AK) or secret key (SK) is missing.</source>
        <translation>缺少访问密钥（AK）或私有访问密钥（SK）。</translation>
    </message>
    <message>
        <source>AK/SK (AK %1)</source>
        <translation>AK/SK（AK %1）</translation>
    </message>
</context>
<context>
    <name>vias::api::ApiClient</name>
    <message>
        <source>No valid endpoint is set. Enter the API address, for example https://vias.cn-north-4.myhuaweicloud.com.</source>
        <translation>未设置有效的终端节点。请输入 API 地址，例如 https://vias.cn-north-4.myhuaweicloud.com。</translation>
    </message>
    <message>
        <source>No project id is set. Enter the project id of the region (My Credentials &gt; API Credentials in the console), set HUAWEICLOUD_SDK_PROJECT_ID, or sign in with IAM so the token names it.</source>
        <translation>未设置项目 ID。请输入该区域的项目 ID（控制台“我的凭证 &gt; API 凭证”），或设置 HUAWEICLOUD_SDK_PROJECT_ID，或使用 IAM 登录以便令牌中带有项目 ID。</translation>
    </message>
    <message>
        <source>No task id was given.</source>
        <translation>未指定任务 ID。</translation>
    </message>
</context>
<context>
    <name>vias::api::ApiError</name>
    <message>
        <source>the server rejected the request as invalid. Check the filters and the project id.</source>
        <translation>服务端认为请求无效并拒绝。请检查筛选条件和项目 ID。</translation>
    </message>
    <message>
        <source>the credentials were refused: the token may have expired or the AK/SK may be wrong. Sign in again or check the keys.</source>
        <translation>凭据被拒绝：令牌可能已过期，或 AK/SK 有误。请重新登录或检查密钥。</translation>
    </message>
    <message>
        <source>access is forbidden for these credentials. Check that the service is subscribed and that your IAM user may list VIAS tasks.</source>
        <translation>这些凭据无访问权限。请检查是否已订阅该服务，以及您的 IAM 用户是否有权列出 VIAS 任务。</translation>
    </message>
    <message>
        <source>the address was not found. Check the endpoint, the region, the project id and the service name.</source>
        <translation>找不到该地址。请检查终端节点、区域、项目 ID 和服务名称。</translation>
    </message>
    <message>
        <source>the server or a gateway timed out. Try again in a moment.</source>
        <translation>服务端或网关超时。请稍后重试。</translation>
    </message>
    <message>
        <source>too many requests: the API gateway is limiting the request rate. Wait a minute and try again, or lower the number of parallel page requests.</source>
        <translation>请求过多：API 网关正在限制请求速率。请等待一分钟后重试，或降低并行分页请求数。</translation>
    </message>
    <message>
        <source>the server had an internal error. Try again later; if it persists, contact support with the request id.</source>
        <translation>服务端发生内部错误。请稍后重试；如问题持续，请携带请求 ID 联系技术支持。</translation>
    </message>
    <message>
        <source>the service or a gateway in front of it is unavailable. Try again in a few minutes.</source>
        <translation>服务或其前端网关不可用。请几分钟后重试。</translation>
    </message>
    <message>
        <source>the server failed to answer the request. Try again later.</source>
        <translation>服务端未能响应请求。请稍后重试。</translation>
    </message>
    <message>
        <source>the server refused the request.</source>
        <translation>服务端拒绝了请求。</translation>
    </message>
    <message>
        <source>the token was refused, it may have expired. Sign in again.</source>
        <translation>令牌被拒绝，可能已过期。请重新登录。</translation>
    </message>
    <message>
        <source>the project id is not valid for this account or region. Check the project id (My Credentials in the console) and the region of the endpoint.</source>
        <translation>项目 ID 对此账号或区域无效。请检查项目 ID（控制台“我的凭证”）和终端节点所在区域。</translation>
    </message>
    <message>
        <source>a request parameter was rejected. Check the filters (state, version, dates, paging) against what the server names in its message.</source>
        <translation>某个请求参数被拒绝。请对照服务端消息中指出的参数检查筛选条件（状态、版本、日期、分页）。</translation>
    </message>
    <message>
        <source>the resource or service was not found. Check the service name and, for one task, that it still exists.</source>
        <translation>找不到资源或服务。请检查服务名称；若查询单个任务，请确认该任务仍然存在。</translation>
    </message>
    <message>
        <source>the service had an internal error. Try again in a moment.</source>
        <translation>服务发生内部错误。请稍后重试。</translation>
    </message>
    <message>
        <source>the service is not subscribed in this project. Subscribe to it in the console or pick the right project and region.</source>
        <translation>此项目未订阅该服务。请在控制台中订阅，或选择正确的项目和区域。</translation>
    </message>
    <message>
        <source>the operation is forbidden for this account. Ask the account administrator for access.</source>
        <translation>此账号禁止执行该操作。请向账号管理员申请权限。</translation>
    </message>
    <message>
        <source>a service the API depends on is unavailable. Try again in a few minutes.</source>
        <translation>API 依赖的某个服务不可用。请几分钟后重试。</translation>
    </message>
    <message>
        <source>the account is restricted (for example in arrears or frozen). Check the account status in the billing center.</source>
        <translation>账号受限（例如欠费或已冻结）。请在费用中心检查账号状态。</translation>
    </message>
    <message>
        <source>an IAM policy denies this action to your user. Ask the administrator to grant VIAS read permissions.</source>
        <translation>IAM 策略禁止您的用户执行此操作。请联系管理员授予 VIAS 读取权限。</translation>
    </message>
    <message>
        <source>the API gateway refused the credentials: the token may have expired or the AK/SK signature does not match (check the keys and the computer&apos;s clock). Sign in again or check the keys.</source>
        <translation>API 网关拒绝了凭据：令牌可能已过期，或 AK/SK 签名不匹配（请检查密钥和计算机时钟）。请重新登录或检查密钥。</translation>
    </message>
    <message>
        <source>the API gateway refused access for these credentials. Check the project id and the user&apos;s permissions.</source>
        <translation>API 网关拒绝这些凭据的访问。请检查项目 ID 和用户权限。</translation>
    </message>
    <message>
        <source>the API gateway does not know this address. Check the endpoint, region and service name.</source>
        <translation>API 网关无法识别此地址。请检查终端节点、区域和服务名称。</translation>
    </message>
    <message>
        <source>the API gateway is limiting the request rate. Wait a minute and try again, or lower the number of parallel page requests.</source>
        <translation>API 网关正在限制请求速率。请等待一分钟后重试，或降低并行分页请求数。</translation>
    </message>
    <message>
        <source>the API gateway in front of the service refused the request. Check the endpoint and credentials, then try again.</source>
        <translation>服务前端的 API 网关拒绝了请求。请检查终端节点和凭据，然后重试。</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>无错误</translation>
    </message>
    <message>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>parse</source>
        <translation>解析</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>size limit</source>
        <translation>大小限制</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The answer was not the API&apos;s JSON error body.</source>
        <translation>响应不是 API 的 JSON 错误体。</translation>
    </message>
    <message>
        <source>The answer was a web page (&quot;%1&quot;), not the API&apos;s JSON error body.</source>
        <translation>响应是一个网页（“%1”），而不是 API 的 JSON 错误体。</translation>
    </message>
    <message>
        <source>%1 received or announced, limit %2.</source>
        <translation>已接收或声明 %1，上限 %2。</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>the IAM sign-in was refused. Check the user name, the password and the account (domain) name.</source>
        <translation>IAM 登录被拒绝。请检查用户名、密码和账号（租户）名。</translation>
    </message>
    <message>
        <source>the IAM sign-in request was not accepted. Check the project name (usually the region, e.g. cn-north-4) or project id, and the IAM endpoint.</source>
        <translation>IAM 登录请求未被接受。请检查项目名称（通常为区域，例如 cn-north-4）或项目 ID，以及 IAM 终端节点。</translation>
    </message>
    <message>
        <source>IAM refused a token for this project. Check that the user may access the project and is not locked.</source>
        <translation>IAM 拒绝为此项目颁发令牌。请检查该用户是否有权访问此项目且未被锁定。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 Server message: %2</source>
        <translation>%1 服务端消息：%2</translation>
    </message>
    <message>
        <source>The server could not be reached (%1). Check the endpoint address, the network connection and the proxy settings, then try again.</source>
        <translation>无法连接服务端（%1）。请检查终端节点地址、网络连接和代理设置，然后重试。</translation>
    </message>
    <message>
        <source>The server did not answer in time (%1). The network or the server may be slow; try again, or raise the timeout in the network settings.</source>
        <translation>服务端未及时响应（%1）。网络或服务端可能较慢；请重试，或在网络设置中提高超时时间。</translation>
    </message>
    <message>
        <source>The secure connection was refused (%1). The server&apos;s certificate is not trusted or does not match the host. If it uses a private certificate authority, add its CA file in the network settings; certificate checks stay on.</source>
        <translation>安全连接被拒绝（%1）。服务端证书不受信任或与主机不匹配。如果使用私有证书颁发机构，请在网络设置中添加其 CA 文件；证书校验保持开启。</translation>
    </message>
    <message>
        <source>The server answered, but not with the expected JSON (%1). Check that the endpoint is a VIAS API and not a proxy or login page.</source>
        <translation>服务端已响应，但不是预期的 JSON（%1）。请检查终端节点是否为 VIAS API，而不是代理或登录页面。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>The answer was too large and was stopped (%1). Narrow the filters, use paging, or raise the maximum response size in the network settings.</source>
        <translation>响应过大，已停止接收（%1）。请缩小筛选范围、使用分页，或在网络设置中提高最大响应大小。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (Tried %n more time(s).)</source>
        <translation>
            <numerusform>%1（又重试了 %n 次。）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Request id: %2</source>
        <translation>%1 请求 ID：%2</translation>
    </message>
</context>
<context>
    <name>vias::api::Credentials</name>
    <message>
        <source>environment variables</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Line %1 of the credentials file %2 is not &quot;name = value&quot;.</source>
        <translation>凭据文件 %2 的第 %1 行不是“名称 = 值”的格式。</translation>
    </message>
    <message>
        <source>The credentials file %1 has no [basic] section. It should contain [basic] followed by ak = ..., sk = ... and project_id = ... lines.</source>
        <translation>凭据文件 %1 中没有 [basic] 段。它应包含 [basic]，其后是 ak = ...、sk = ... 和 project_id = ... 行。</translation>
    </message>
    <message>
        <source>The [basic] section of the credentials file %1 lacks ak or sk. Add both keys, as created under My Credentials &gt; Access Keys.</source>
        <translation>凭据文件 %1 的 [basic] 段缺少 ak 或 sk。请添加这两个密钥（在“我的凭证 &gt; 访问密钥”中创建）。</translation>
    </message>
    <message>
        <source>credentials file %1</source>
        <translation>凭据文件 %1</translation>
    </message>
    <message>
        <source>No credentials file at %1.</source>
        <translation>%1 处没有凭据文件。</translation>
    </message>
    <message>
        <source>The credentials file %1 cannot be read: %2. Check its permissions.</source>
        <translation>无法读取凭据文件 %1：%2。请检查其权限。</translation>
    </message>
    <message>
        <source>No AK/SK credentials found: HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK are not both set, and %1</source>
        <translation>未找到 AK/SK 凭据：HUAWEICLOUD_SDK_AK 和 HUAWEICLOUD_SDK_SK 未同时设置，并且%1</translation>
    </message>
</context>
<context>
    <name>vias::api::HttpCall</name>
    <message>
        <source>The request URL is not valid.</source>
        <translation>请求 URL 无效。</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation>连接在收到 %1 / %2 字节后关闭</translation>
    </message>
</context>
<context>
    <name>vias::api::IamTokenProvider</name>
    <message>
        <source>The IAM user name or password is missing. Enter them in the profile.</source>
        <translation>缺少 IAM 用户名或密码。请在配置文件中输入。</translation>
    </message>
    <message>
        <source>The IAM answer has no X-Subject-Token header, so no token was issued. Check that the IAM endpoint is right.</source>
        <translation>IAM 响应中没有 X-Subject-Token 头部，因此未颁发令牌。请检查 IAM 终端节点是否正确。</translation>
    </message>
    <message>
        <source>Not signed in to IAM yet.</source>
        <translation>尚未登录 IAM。</translation>
    </message>
    <message>
        <source>IAM user %1</source>
        <translation>IAM 用户 %1</translation>
    </message>
</context>
<context>
    <name>vias::api::NetworkSetup</name>
    <message>
        <source>The CA certificate file &quot;%1&quot; cannot be read. Check the path in the network settings.</source>
        <translation>无法读取 CA 证书文件“%1”。请检查网络设置中的路径。</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; holds no PEM certificate. Export the certificate authority in PEM format (text starting with -----BEGIN CERTIFICATE-----).</source>
        <translation>CA 证书文件“%1”中没有 PEM 证书。请以 PEM 格式导出证书颁发机构证书（以 -----BEGIN CERTIFICATE----- 开头的文本）。</translation>
    </message>
</context>
<context>
    <name>vias::api::TaskPager</name>
    <message>
        <source>The number of parallel page requests must be at least 1.</source>
        <translation>并行分页请求数至少为 1。</translation>
    </message>
    <message>
        <source>The number of matching tasks changed during loading (from %1 to %2): tasks were created or deleted meanwhile. Reload for an exact list.</source>
        <translation>加载期间匹配的任务数发生变化（从 %1 变为 %2）：期间有任务被创建或删除。请重新加载以获得准确列表。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeated a task already loaded; each task is shown once.</source>
        <translation>
            <numerusform>%n 行与已加载的任务重复；每个任务只显示一次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) counted by the server were not received; the list may be incomplete.</source>
        <translation>
            <numerusform>服务端计数中有 %n 个任务未收到；列表可能不完整。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server seems to treat &quot;offset&quot; as a page number rather than a record position (pages overlap or come back empty). The list is probably incomplete; report this server behaviour.</source>
        <translation>服务端似乎将“offset”当作页码而非记录位置（页面重叠或返回为空）。列表可能不完整；请报告此服务端行为。</translation>
    </message>
    <message>
        <source>The API cannot page past record %1, so later tasks were not loaded. Narrow the filters (for example by state or creation time).</source>
        <translation>API 无法翻页到第 %1 条记录之后，因此后面的任务未加载。请缩小筛选范围（例如按状态或创建时间）。</translation>
    </message>
    <message>
        <source>Loading stopped at the safety limit of %1 tasks (the server counts %2). Narrow the filters, or raise the limit in the settings.</source>
        <translation>已达到 %1 个任务的安全上限，加载停止（服务端共 %2 个）。请缩小筛选范围，或在设置中提高上限。</translation>
    </message>
</context>
<context>
    <name>vias::api::TaskQuery</name>
    <message>
        <source>The page size %1 is outside the range the API accepts (%2 to %3). Choose a page size from %2 to %3.</source>
        <translation>每页条数 %1 超出 API 接受的范围（%2 到 %3）。请选择 %2 到 %3 之间的每页条数。</translation>
    </message>
    <message>
        <source>The start position %1 is outside the range the API accepts (%2 to %3). To reach tasks further down, narrow the filters (for example by creation time) or reverse the sort order.</source>
        <translation>起始位置 %1 超出 API 接受的范围（%2 到 %3）。要查看更靠后的任务，请缩小筛选范围（例如按创建时间）或反转排序顺序。</translation>
    </message>
    <message>
        <source>The sort field &quot;%1&quot; is not one the API accepts (%2). Pick one of those.</source>
        <translation>排序字段“%1”不是 API 接受的字段（%2）。请从中选择一个。</translation>
    </message>
    <message>
        <source>The service version &quot;%1&quot; is not in the form the API accepts: major.minor with up to three digits each, for example 3.0.</source>
        <translation>服务版本“%1”不符合 API 接受的格式：主版本.次版本，每部分最多三位数字，例如 3.0。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a task state code. State codes are upper-case words such as RUNNING or START_FAILED.</source>
        <translation>“%1”不是任务状态码。状态码是大写单词，例如 RUNNING 或 START_FAILED。</translation>
    </message>
    <message>
        <source>The &quot;created since&quot; time is before 1970. Pick a later date.</source>
        <translation>“创建时间起”早于 1970 年。请选择更晚的日期。</translation>
    </message>
    <message>
        <source>The &quot;created until&quot; time is before 1970. Pick a later date.</source>
        <translation>“创建时间止”早于 1970 年。请选择更晚的日期。</translation>
    </message>
    <message>
        <source>The creation time range is empty: &quot;created since&quot; (%1) is after &quot;created until&quot; (%2). Swap or correct the dates.</source>
        <translation>创建时间范围为空：“创建时间起”（%1）晚于“创建时间止”（%2）。请交换或更正日期。</translation>
    </message>
</context>
<context>
    <name>vias::api::TokenAuthProvider</name>
    <message>
        <source>No token is set. Paste a token, or choose AK/SK or IAM password sign-in.</source>
        <translation>未设置令牌。请粘贴令牌，或选择 AK/SK 或 IAM 密码登录。</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
</context>
<context>
    <name>vias::app::ConsoleController</name>
    <message>
        <source>Connection profiles…</source>
        <translation>连接配置…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>打开演示</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>首选项…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About VIAS Console</source>
        <translation>关于 VIAS 控制台</translation>
    </message>
    <message>
        <source>(unnamed profile)</source>
        <translation>（未命名配置）</translation>
    </message>
    <message>
        <source>Region %1, project %2</source>
        <translation>区域 %1，项目 %2</translation>
    </message>
    <message>
        <source>Demo (local simulator)</source>
        <translation>演示（本地模拟器）</translation>
    </message>
    <message>
        <source>A local simulator, no cloud account</source>
        <translation>本地模拟器，无需云账号</translation>
    </message>
    <message>
        <source>Demo, second project (local simulator)</source>
        <translation>演示，第二个项目（本地模拟器）</translation>
    </message>
    <message>
        <source>A second local simulator with other tasks</source>
        <translation>第二个本地模拟器，含其他任务</translation>
    </message>
    <message>
        <source>None of the chosen projects could be opened.</source>
        <translation>所选项目均无法打开。</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen project(s) could not be opened and are not shown.</source>
        <translation>
            <numerusform>%n 个所选项目无法打开，未显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>vias::ui::AboutDialog</name>
    <message>
        <source>VIAS Console %1
Qt %2 (built with %3)
QtKeychain %4
libxlsxwriter %5
Compiler: %6</source>
        <translation>VIAS 控制台 %1
Qt %2（构建时使用 %3）
QtKeychain %4
libxlsxwriter %5
编译器：%6</translation>
    </message>
    <message>
        <source>About VIAS Console</source>
        <translation>关于 VIAS 控制台</translation>
    </message>
    <message>
        <source>&lt;h2&gt;VIAS Console&lt;/h2&gt;&lt;p&gt;A desktop console for Huawei Cloud VIAS video analysis tasks.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;VIAS 控制台&lt;/h2&gt;&lt;p&gt;华为云 VIAS 视频分析任务桌面控制台。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Documentation: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>文档：&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>vias::ui::ChartsPane</name>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>不健康</translation>
    </message>
    <message>
        <source>Abnormal, failed, start or create failed, frozen, or lacking resources</source>
        <translation>异常、运行失败、启动或创建失败、已冻结或资源不足</translation>
    </message>
    <message>
        <source>Edge pools</source>
        <translation>边缘池</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Distinct cameras read by the tasks shown</source>
        <translation>所显示任务读取的不同摄像头数</translation>
    </message>
    <message>
        <source>%1 camera inputs across the tasks</source>
        <translation>这些任务共有 %1 个摄像头输入</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
</context>
<context>
    <name>vias::ui::ConfigTab</name>
    <message>
        <source>Setting</source>
        <translation>配置项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>%1 Default: %2.</source>
        <translation>%1 默认值：%2。</translation>
    </message>
    <message>
        <source>unreadable or empty (see the ROI tab)</source>
        <translation>无法读取或为空（见检测区域页）</translation>
    </message>
    <message numerus="yes">
        <source>%n polygon(s)</source>
        <translation>
            <numerusform>%n 个多边形</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 条线</numerusform>
        </translation>
    </message>
    <message>
        <source>not set: whole frame</source>
        <translation>未设置：整个画面</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>not set (default %1)</source>
        <translation>未设置（默认 %1）</translation>
    </message>
    <message>
        <source>Not documented for face extraction; shown as sent.</source>
        <translation>人脸提取文档中未说明此项；按原样显示。</translation>
    </message>
    <message>
        <source>(section, see Raw JSON)</source>
        <translation>（配置段，见原始 JSON）</translation>
    </message>
</context>
<context>
    <name>vias::ui::ExportDialog</name>
    <message>
        <source>Export tasks</source>
        <translation>导出任务</translation>
    </message>
    <message>
        <source>Selected rows (%1)</source>
        <translation>选中的行（%1）</translation>
    </message>
    <message>
        <source>The filtered view, all pages, in the order shown (%1)</source>
        <translation>筛选后的视图，全部页，按显示顺序（%1）</translation>
    </message>
    <message>
        <source>Every task on the server (loads all pages first)</source>
        <translation>服务端的全部任务（先加载所有页）</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV（电子表格）</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 工作簿（XLSX）</translation>
    </message>
    <message>
        <source>JSON (as the server sent it)</source>
        <translation>JSON（与服务端返回一致）</translation>
    </message>
    <message>
        <source>JSON Lines (one task per line)</source>
        <translation>JSON Lines（每行一个任务）</translation>
    </message>
    <message>
        <source>Excel: UTF-8 with BOM</source>
        <translation>Excel：带 BOM 的 UTF-8</translation>
    </message>
    <message>
        <source>Plain: RFC 4180, no BOM</source>
        <translation>标准：RFC 4180，无 BOM</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>Semicolon (comma-decimal locales)</source>
        <translation>分号（以逗号作小数点的地区）</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>The table&apos;s visible columns</source>
        <translation>表格中的可见列</translation>
    </message>
    <message>
        <source>All fields, flattened</source>
        <translation>全部字段（展开）</translation>
    </message>
    <message>
        <source>Include secrets (webhook header values, camera credentials)</source>
        <translation>包含敏感信息（Webhook 头部值、摄像头凭据）</translation>
    </message>
    <message>
        <source>Off: secrets are written as ***. Turn on only for a file you keep safe.</source>
        <translation>关闭时敏感信息写为 ***。仅在文件能妥善保管时开启。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>CSV preset</source>
        <translation>CSV 预设</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>请选择导出到的文件。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another folder.</source>
        <translation>文件夹 %1 不存在。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Several projects are shown and every task of each is already loaded: export the filtered view instead.</source>
        <translation>当前显示多个项目，且每个项目的全部任务均已加载：请改为导出筛选后的视图。</translation>
    </message>
</context>
<context>
    <name>vias::ui::ExportRunner</name>
    <message>
        <source>Loading every task from the server…</source>
        <translation>正在从服务端加载全部任务…</translation>
    </message>
    <message>
        <source>Loading every task from the server: %1 of %2…</source>
        <translation>正在从服务端加载全部任务：%1 / %2…</translation>
    </message>
    <message>
        <source>Nothing was written: loading the tasks failed. %1</source>
        <translation>未写入任何内容：加载任务失败。%1</translation>
    </message>
    <message>
        <source>Writing %1 tasks to %2…</source>
        <translation>正在将 %1 个任务写入 %2…</translation>
    </message>
</context>
<context>
    <name>vias::ui::FilterBar</name>
    <message>
        <source>Name contains… (id:… for an ID)   Ctrl+F</source>
        <translation>名称包含…（按 ID 查找请输入 id:…）   Ctrl+F</translation>
    </message>
    <message>
        <source>Filter by name, ID, camera, pool, creator…   Ctrl+F</source>
        <translation>按名称、ID、摄像头、边缘池、创建者筛选…   Ctrl+F</translation>
    </message>
    <message>
        <source>Sent to the server: the name contains this text; start with &quot;id:&quot; to match task IDs instead.</source>
        <translation>发送到服务端：名称包含此文本；以“id:”开头则改为匹配任务 ID。</translation>
    </message>
    <message>
        <source>All words must appear in the name, ID, description, creator, edge pool or a camera ID. Esc clears.</source>
        <translation>每个词都须出现在名称、ID、描述、创建者、边缘池或摄像头 ID 中。按 Esc 清空。</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>创建时间起</translation>
    </message>
    <message>
        <source>Created to</source>
        <translation>创建时间止</translation>
    </message>
    <message>
        <source>Created on or after this day (local time)</source>
        <translation>在此日期当天或之后创建（本地时间）</translation>
    </message>
    <message>
        <source>Created on or before this day (local time)</source>
        <translation>在此日期当天或之前创建（本地时间）</translation>
    </message>
    <message>
        <source>All edge pools</source>
        <translation>全部边缘池</translation>
    </message>
    <message>
        <source>All inputs</source>
        <translation>全部输入</translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation>有告警</translation>
    </message>
    <message>
        <source>Only tasks with data problems or doubtful settings</source>
        <translation>仅显示数据有问题或配置可疑的任务</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>清除全部筛选条件</translation>
    </message>
    <message>
        <source>Server: state, name, created · This page: pool, input, warnings</source>
        <translation>服务端：状态、名称、创建时间 · 本页：边缘池、输入、告警</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n 个状态</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by state (applied by the server; several states mean one request each)</source>
        <translation>按状态筛选（由服务端执行；选择多个状态时每个状态各发一次请求）</translation>
    </message>
    <message>
        <source>Filter by state; the counts follow the other filters</source>
        <translation>按状态筛选；计数随其他筛选条件变化</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <source>Show the tasks of one project only</source>
        <translation>只显示一个项目的任务</translation>
    </message>
</context>
<context>
    <name>vias::ui::InputTab</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) · %n source(s)</source>
        <translation>
            <numerusform>%1（%2）· %n 个视频源</numerusform>
        </translation>
    </message>
    <message>
        <source>Index</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>流</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>桶</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Stream type</source>
        <translation>码流类型</translation>
    </message>
    <message>
        <source>1 (main)</source>
        <translation>1（主码流）</translation>
    </message>
    <message>
        <source>2 (sub 1)</source>
        <translation>2（子码流 1）</translation>
    </message>
    <message>
        <source>3 (sub 2)</source>
        <translation>3（子码流 2）</translation>
    </message>
    <message>
        <source>Video source</source>
        <translation>视频源</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>凭据</translation>
    </message>
    <message>
        <source>set (hidden)</source>
        <translation>已设置（已隐藏）</translation>
    </message>
</context>
<context>
    <name>vias::ui::MainWindow</name>
    <message numerus="yes">
        <source>Exported %n task(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个任务导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>VIAS Console</source>
        <translation>VIAS 控制台</translation>
    </message>
    <message>
        <source>%1 — VIAS Console</source>
        <translation>%1 — VIAS 控制台</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Load the tasks again (F5)</source>
        <translation>重新加载任务（F5）</translation>
    </message>
    <message>
        <source>Filter tasks</source>
        <translation>筛选任务</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export tasks to CSV, XLSX or JSON (Ctrl+E)</source>
        <translation>将任务导出为 CSV、XLSX 或 JSON（Ctrl+E）</translation>
    </message>
    <message>
        <source>Load all</source>
        <translation>全部加载</translation>
    </message>
    <message>
        <source>Server paging</source>
        <translation>服务端分页</translation>
    </message>
    <message>
        <source>Load all: fetch every task, then filter, sort and page locally.
Server paging: fetch one page at a time; the server filters and sorts.</source>
        <translation>全部加载：获取所有任务，然后在本地筛选、排序和分页。
服务端分页：每次获取一页；由服务端筛选和排序。</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>加载中</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>取消加载</translation>
    </message>
    <message>
        <source>⚠ %1 (unencrypted)</source>
        <translation>⚠ %1（未加密）</translation>
    </message>
    <message>
        <source>This endpoint uses plain http: credentials and task data travel unencrypted. Use it only on a trusted network.</source>
        <translation>此终端节点使用明文 http：凭据和任务数据以未加密方式传输。请仅在可信网络中使用。</translation>
    </message>
    <message>
        <source>Project %1, service %2</source>
        <translation>项目 %1，服务 %2</translation>
    </message>
    <message>
        <source>Loading: page %1 of %2 · %3 of %4 tasks</source>
        <translation>加载中：第 %1 / %2 页 · %3 / %4 个任务</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>The list may be incomplete or inexact: %1</source>
        <translation>列表可能不完整或不准确：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) arrived with malformed fields; they are shown with a warning.</source>
        <translation>
            <numerusform>%n 个任务的字段格式有误；已带告警显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>%1 The tasks shown may be incomplete.</source>
        <translation>%1 显示的任务可能不完整。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message numerus="yes">
        <source>(%n shown after the page filters)</source>
        <translation>
            <numerusform>（经本页筛选后显示 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>Server paging · %1 tasks on the server match</source>
        <translation>服务端分页 · 服务端有 %1 个任务匹配</translation>
    </message>
    <message>
        <source>matching (%1 loaded)</source>
        <translation>（筛选结果，已加载 %1 个）</translation>
    </message>
    <message>
        <source>Load all · %1 tasks loaded</source>
        <translation>全部加载 · 已加载 %1 个任务</translation>
    </message>
    <message>
        <source>see the warning above</source>
        <translation>见上方告警</translation>
    </message>
    <message>
        <source>No tasks could be loaded. See the message above.</source>
        <translation>无法加载任务。请查看上方消息。</translation>
    </message>
    <message>
        <source>This project has no %1 tasks.</source>
        <translation>此项目没有 %1 任务。</translation>
    </message>
    <message>
        <source>Not connected. Choose a profile or start the demo.</source>
        <translation>未连接。请选择配置文件或启动演示。</translation>
    </message>
    <message>
        <source>No task matches the filters.</source>
        <translation>没有任务符合筛选条件。</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>The filtered tasks at a glance; click a slice or bar to filter by it</source>
        <translation>筛选后任务的概况；单击扇区或柱形即可按其筛选</translation>
    </message>
    <message>
        <source>Several projects are shown: every task of each project is loaded, then filtered, sorted and paged here. Server paging cannot merge the pages of several projects.</source>
        <translation>当前显示多个项目：先加载每个项目的全部任务，再在本地筛选、排序和分页。服务器分页无法合并多个项目的分页。</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n 个项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Several projects · Load all · %1 tasks loaded from %n project(s)</source>
        <translation>
            <numerusform>多个项目 · 全部加载 · 已从 %n 个项目加载 %1 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) failed, see above</source>
        <translation>
            <numerusform>%n 个项目加载失败，见上方</numerusform>
        </translation>
    </message>
    <message>
        <source>None of these projects has tasks.</source>
        <translation>这些项目都没有任务。</translation>
    </message>
    <message>
        <source>%1: project %2, %3 (unencrypted)</source>
        <translation>%1：项目 %2，%3（未加密）</translation>
    </message>
    <message>
        <source>%1: project %2, %3</source>
        <translation>%1：项目 %2，%3</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) — VIAS Console</source>
        <translation>
            <numerusform>%n 个项目 — VIAS 控制台</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vias::ui::MessageBanner</name>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>vias::ui::MultiLoader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Loading the tasks of %n project(s)…</source>
        <translation>
            <numerusform>正在加载 %n 个项目的任务…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vias::ui::MultiProjectDialog</name>
    <message>
        <source>Several projects</source>
        <translation>多个项目</translation>
    </message>
    <message>
        <source>Choose the projects to show together in one table, with Project and Region columns. Every task of each project is loaded, then filtered, sorted and paged here: server paging cannot merge the pages of several projects.</source>
        <translation>选择要在同一表格中一起显示的项目（带“项目”和“区域”列）。每个项目的全部任务都会加载，然后在本地筛选、排序和分页：服务器分页无法合并多个项目的分页。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) chosen.</source>
        <translation>
            <numerusform>已选择 %n 个项目。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check at least two projects.</source>
        <translation>请至少勾选两个项目。</translation>
    </message>
</context>
<context>
    <name>vias::ui::OutputTab</name>
    <message>
        <source>&lt;i&gt;none&lt;/i&gt;</source>
        <translation>&lt;i&gt;无&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>头部</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Hidden: header values may carry secrets such as tokens.</source>
        <translation>已隐藏：头部值可能包含令牌等敏感信息。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show or hide this value</source>
        <translation>显示或隐藏此值</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>⚠ Plain http: events and face images travel unencrypted. Use https if the receiver supports it.</source>
        <translation>⚠ 明文 http：事件和人脸图片以未加密方式传输。如接收端支持，请使用 https。</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>头部</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>DIS stream</source>
        <translation>DIS 通道</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>流</translation>
    </message>
    <message>
        <source>OBS bucket</source>
        <translation>OBS 桶</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>桶</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Local path on the edge node</source>
        <translation>边缘节点上的本地路径</translation>
    </message>
    <message>
        <source>Mount path</source>
        <translation>挂载路径</translation>
    </message>
    <message>
        <source>Hosting: results are kept by the service.</source>
        <translation>托管：结果由服务保存。</translation>
    </message>
    <message>
        <source>Other outputs not documented for this console: %1 (see Raw JSON).</source>
        <translation>本控制台未说明的其他输出：%1（见原始 JSON）。</translation>
    </message>
    <message>
        <source>This task has no output.</source>
        <translation>此任务没有输出。</translation>
    </message>
</context>
<context>
    <name>vias::ui::OverviewTab</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 (local) · %2 UTC · %3</source>
        <translation>%1（本地）· %2 UTC · %3</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status detail</source>
        <translation>状态详情</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Service version</source>
        <translation>服务版本</translation>
    </message>
    <message>
        <source>Edge pool</source>
        <translation>边缘池</translation>
    </message>
    <message>
        <source>Resource order</source>
        <translation>资源订单</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n source(s)</source>
        <translation>
            <numerusform>%1 · %n 个视频源</numerusform>
        </translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>无告警。</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 条告警</numerusform>
        </translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
</context>
<context>
    <name>vias::ui::PagerBar</name>
    <message>
        <source>%1 / page</source>
        <translation>%1 条/页</translation>
    </message>
    <message>
        <source>Rows per page</source>
        <translation>每页行数</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>末页</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>跳转到页</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>第</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>页，共 %1 页</translation>
    </message>
    <message>
        <source>No tasks</source>
        <translation>无任务</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2，共 %3 个</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>vias::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>Load all, page locally</source>
        <translation>全部加载，本地分页</translation>
    </message>
    <message>
        <source>Server paging</source>
        <translation>服务端分页</translation>
    </message>
    <message>
        <source>Excel (UTF-8 with BOM)</source>
        <translation>Excel（带 BOM 的 UTF-8）</translation>
    </message>
    <message>
        <source>Plain RFC 4180 (UTF-8)</source>
        <translation>标准 RFC 4180（UTF-8）</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Mask secrets in views (webhook headers, passwords)</source>
        <translation>在视图中遮盖敏感信息（Webhook 头部、密码）</translation>
    </message>
    <message>
        <source>Store secrets in a local file when no keychain is available</source>
        <translation>无系统钥匙串时将敏感信息保存在本地文件中</translation>
    </message>
    <message>
        <source>Warning: the file %1 is readable only by your user, but it is not encrypted. Anyone who can read your files (a backup, an administrator) can read your secret keys and passwords.</source>
        <translation>警告：文件 %1 仅您的用户可读，但未加密。任何能读取您文件的人（备份、管理员）都能读取您的密钥和密码。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Rows per &amp;page:</source>
        <translation>每页行数(&amp;P)：</translation>
    </message>
    <message>
        <source>Paging &amp;mode:</source>
        <translation>分页模式(&amp;M)：</translation>
    </message>
    <message>
        <source>Pages in &amp;flight:</source>
        <translation>并行请求页数(&amp;F)：</translation>
    </message>
    <message>
        <source>Task &amp;cap for load all:</source>
        <translation>全部加载的任务上限(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;CSV preset:</source>
        <translation>CSV 预设(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>vias::ui::Profile</name>
    <message>
        <source>profile %1</source>
        <translation>配置 %1</translation>
    </message>
</context>
<context>
    <name>vias::ui::ProfileDialog</name>
    <message>
        <source>Connection profile</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新建配置</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>终端节点</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>VIAS region endpoint (vias.{region})</source>
        <translation>VIAS 区域终端节点（vias.{region}）</translation>
    </message>
    <message>
        <source>Older IVA endpoint (iva.{region})</source>
        <translation>旧版 IVA 终端节点（iva.{region}）</translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation>自定义基础 URL</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>终端节点(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>基础 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>查询(&amp;L)</translation>
    </message>
    <message>
        <source>Sign in to IAM with the user and password below and find the project of this region.</source>
        <translation>使用下方的用户名和密码登录 IAM，并查找此区域的项目。</translation>
    </message>
    <message>
        <source>&amp;Project id:</source>
        <translation>项目 ID(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>服务(&amp;S)：</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>Access key (AK/SK)</source>
        <translation>访问密钥（AK/SK）</translation>
    </message>
    <message>
        <source>IAM user and password</source>
        <translation>IAM 用户名和密码</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Access &amp;key id (AK):</source>
        <translation>访问密钥 ID (AK)(&amp;K)：</translation>
    </message>
    <message>
        <source>Se&amp;cret key (SK):</source>
        <translation>私有访问密钥 (SK)(&amp;C)：</translation>
    </message>
    <message>
        <source>IAM &amp;user:</source>
        <translation>IAM 用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>same as the user</source>
        <translation>与用户相同</translation>
    </message>
    <message>
        <source>&amp;Account (domain):</source>
        <translation>账号（租户）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Import from environment / credentials file</source>
        <translation>从环境变量/凭据文件导入(&amp;I)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>System proxy settings</source>
        <translation>系统代理设置</translation>
    </message>
    <message>
        <source>From http_proxy / https_proxy</source>
        <translation>使用 http_proxy / https_proxy</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>代理(&amp;X)：</translation>
    </message>
    <message>
        <source>Proxy host and port:</source>
        <translation>代理主机和端口：</translation>
    </message>
    <message>
        <source>Proxy user:</source>
        <translation>代理用户：</translation>
    </message>
    <message>
        <source>Proxy password:</source>
        <translation>代理密码：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Extra CA file (PEM):</source>
        <translation>额外 CA 文件（PEM）：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Transfer timeout:</source>
        <translation>传输超时：</translation>
    </message>
    <message>
        <source>Pages in flight:</source>
        <translation>并行请求页数：</translation>
    </message>
    <message>
        <source>Task cap for load all:</source>
        <translation>全部加载的任务上限：</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>额外 CA 证书</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Imported the access key %1 from %2.</source>
        <translation>已从 %2 导入访问密钥 %1。</translation>
    </message>
    <message>
        <source>Enter the IAM user and password first: the lookup signs in with them.</source>
        <translation>请先输入 IAM 用户名和密码：查询时会用它们登录。</translation>
    </message>
    <message>
        <source>Project id of %1: %2</source>
        <translation>%1 的项目 ID：%2</translation>
    </message>
    <message>
        <source>Looking up the project id…</source>
        <translation>正在查询项目 ID…</translation>
    </message>
    <message>
        <source>The base URL is not valid. Enter a URL such as https://vias.cn-north-4.myhuaweicloud.com.</source>
        <translation>基础 URL 无效。请输入形如 https://vias.cn-north-4.myhuaweicloud.com 的 URL。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Connected: %1 tasks in %2</source>
        <translation>已连接：%2 中有 %1 个任务</translation>
    </message>
    <message>
        <source>&amp;Delete profile…</source>
        <translation>删除配置(&amp;D)…</translation>
    </message>
    <message>
        <source>Remove this profile and its stored secrets</source>
        <translation>删除此配置及其已保存的密钥</translation>
    </message>
    <message>
        <source>(unnamed profile)</source>
        <translation>（未命名配置）</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <source>Delete the profile “%1”?</source>
        <translation>删除配置“%1”？</translation>
    </message>
    <message>
        <source>Its stored secrets (secret key, password or token) are removed from the keychain too. This cannot be undone.</source>
        <translation>其已保存的密钥（SK、密码或令牌）也会从钥匙串中删除。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>vias::ui::ProfileManager</name>
    <message>
        <source>This profile no longer exists. Choose another one or add a profile.</source>
        <translation>此配置已不存在。请选择其他配置或添加配置。</translation>
    </message>
</context>
<context>
    <name>vias::ui::ProfileStore</name>
    <message>
        <source>No credentials were found in the environment or the credentials file. Set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK, or create ~/.huaweicloud/credentials.</source>
        <translation>在环境变量或凭据文件中未找到凭据。请设置 HUAWEICLOUD_SDK_AK 和 HUAWEICLOUD_SDK_SK，或创建 ~/.huaweicloud/credentials。</translation>
    </message>
    <message>
        <source>Imported (%1)</source>
        <translation>已导入（%1）</translation>
    </message>
</context>
<context>
    <name>vias::ui::ProfileSwitcher</name>
    <message>
        <source>The project this window shows</source>
        <translation>此窗口显示的项目</translation>
    </message>
    <message>
        <source>(unnamed profile)</source>
        <translation>（未命名配置）</translation>
    </message>
    <message>
        <source>Demo (local simulator)</source>
        <translation>演示（本地模拟器）</translation>
    </message>
    <message>
        <source>Manage profiles…</source>
        <translation>管理配置…</translation>
    </message>
    <message>
        <source>Several projects…</source>
        <translation>多个项目…</translation>
    </message>
    <message>
        <source>Show the tasks of several profiles in one table</source>
        <translation>在同一表格中显示多个配置的任务</translation>
    </message>
</context>
<context>
    <name>vias::ui::ProjectLookup</name>
    <message>
        <source>IAM refused the sign-in: %1. Check the user name, password and account name.</source>
        <translation>IAM 拒绝登录：%1。请检查用户名、密码和账号名。</translation>
    </message>
    <message>
        <source>IAM sign-in failed: %1. Check the IAM endpoint and the network.</source>
        <translation>IAM 登录失败：%1。请检查 IAM 终端节点和网络。</translation>
    </message>
    <message>
        <source>IAM answered without a token (no X-Subject-Token header). Check the IAM endpoint.</source>
        <translation>IAM 响应中没有令牌（无 X-Subject-Token 头部）。请检查 IAM 终端节点。</translation>
    </message>
    <message>
        <source>Listing the projects failed: %1. The IAM user may lack permission to list projects; copy the project id from the console&apos;s My Credentials page instead.</source>
        <translation>列出项目失败：%1。该 IAM 用户可能无权列出项目；请改为从控制台“我的凭证”页面复制项目 ID。</translation>
    </message>
    <message>
        <source>No project named %1 was found for this account. Check the region, or copy the project id from the console&apos;s My Credentials page.</source>
        <translation>此账号下未找到名为 %1 的项目。请检查区域，或从控制台“我的凭证”页面复制项目 ID。</translation>
    </message>
</context>
<context>
    <name>vias::ui::RawJsonTab</name>
    <message>
        <source>Reveal secrets</source>
        <translation>显示敏感信息</translation>
    </message>
    <message>
        <source>Find in JSON (Enter: next, Shift+Enter: previous)</source>
        <translation>在 JSON 中查找（Enter：下一个，Shift+Enter：上一个）</translation>
    </message>
    <message>
        <source>Show webhook header values and camera credentials as sent</source>
        <translation>按原样显示 Webhook 头部值和摄像头凭据</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the JSON as shown</source>
        <translation>复制当前显示的 JSON</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 处匹配</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vias::ui::RoiLegend</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>Area (px²)</source>
        <translation>面积（px²）</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>画面</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>side 1: %1</source>
        <translation>侧 1：%1</translation>
    </message>
    <message>
        <source>side 2: %1</source>
        <translation>侧 2：%1</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>类型 %1</translation>
    </message>
    <message>
        <source>Whole frame (no target_roi)</source>
        <translation>整个画面（无 target_roi）</translation>
    </message>
    <message>
        <source>target_roi cannot be read; nothing is drawn.</source>
        <translation>无法读取 target_roi；未绘制任何内容。</translation>
    </message>
    <message>
        <source>target_roi has no regions or lines.</source>
        <translation>target_roi 中没有区域或线。</translation>
    </message>
    <message>
        <source>Regions: %1   Lines: %2</source>
        <translation>区域：%1   线：%2</translation>
    </message>
    <message>
        <source>No warnings</source>
        <translation>无告警</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>告警（%1）</translation>
    </message>
    <message>
        <source>No task selected.</source>
        <translation>未选择任务。</translation>
    </message>
</context>
<context>
    <name>vias::ui::RoiTab</name>
    <message>
        <source>Images (%1)</source>
        <translation>图片（%1）</translation>
    </message>
    <message>
        <source>x %1, y %2 (outside the frame)</source>
        <translation>x %1，y %2（画面外）</translation>
    </message>
    <message>
        <source>x %1, y %2</source>
        <translation>x %1，y %2</translation>
    </message>
    <message>
        <source>x –, y –</source>
        <translation>x –，y –</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>缩放 %1%</translation>
    </message>
    <message>
        <source>Dropped picture shown for this session; only pictures opened from a file are remembered.</source>
        <translation>拖入的图片仅在本次会话中显示；只有从文件打开的图片会被记住。</translation>
    </message>
    <message>
        <source>target_roi as an escaped string</source>
        <translation>target_roi（转义字符串）</translation>
    </message>
    <message>
        <source>target_roi as JSON</source>
        <translation>target_roi（JSON）</translation>
    </message>
    <message>
        <source>Frame:</source>
        <translation>画面：</translation>
    </message>
    <message>
        <source>The camera&apos;s resolution: target_roi points are in its pixels.</source>
        <translation>摄像头分辨率：target_roi 中的点以其像素为单位。</translation>
    </message>
    <message>
        <source>%1 × %2 (%3)</source>
        <comment>frame size</comment>
        <translation>%1 × %2（%3）</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>Frame width in pixels</source>
        <translation>画面宽度（像素）</translation>
    </message>
    <message>
        <source>Frame height in pixels</source>
        <translation>画面高度（像素）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Fit the whole frame in the view (double-click the view)</source>
        <translation>使整个画面适应视图（双击视图）</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>One frame pixel per screen pixel</source>
        <translation>一个画面像素对应一个屏幕像素</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>A still of the camera under the regions: open a file, paste, or drop one on the view. Its path is remembered per camera.</source>
        <translation>区域下方显示的摄像头静态画面：打开文件、粘贴，或将图片拖到视图上。图片路径按摄像头记住。</translation>
    </message>
    <message>
        <source>Open picture…</source>
        <translation>打开图片…</translation>
    </message>
    <message>
        <source>Paste picture</source>
        <translation>粘贴图片</translation>
    </message>
    <message>
        <source>Clear picture</source>
        <translation>清除图片</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show or hide the background picture</source>
        <translation>显示或隐藏背景图片</translation>
    </message>
    <message>
        <source>Background opacity</source>
        <translation>背景不透明度</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <source>With background…</source>
        <translation>含背景…</translation>
    </message>
    <message>
        <source>Overlay only…</source>
        <translation>仅叠加层…</translation>
    </message>
    <message>
        <source>Copy target_roi</source>
        <translation>复制 target_roi</translation>
    </message>
    <message>
        <source>As the escaped string (API form)</source>
        <translation>转义字符串（API 格式）</translation>
    </message>
    <message>
        <source>As raw JSON</source>
        <translation>原始 JSON</translation>
    </message>
    <message>
        <source>The background picture remembered for this camera (%1) is missing; it may have been moved. Open another picture.</source>
        <translation>为此摄像头记住的背景图片（%1）不存在，可能已被移动。请打开其他图片。</translation>
    </message>
    <message>
        <source>Could not open %1 as a picture (%2). Choose a PNG, JPEG or BMP file.</source>
        <translation>无法将 %1 作为图片打开（%2）。请选择 PNG、JPEG 或 BMP 文件。</translation>
    </message>
    <message>
        <source>Background %1, remembered for camera %2.</source>
        <translation>背景 %1，已为摄像头 %2 记住。</translation>
    </message>
    <message>
        <source>Background %1 shown; the task has no camera id, so it is not remembered.</source>
        <translation>已显示背景 %1；该任务没有摄像头 ID，因此不会记住。</translation>
    </message>
    <message>
        <source>Could not write %1. Check that the folder exists and that you may write there, then export again.</source>
        <translation>无法写入 %1。请检查文件夹是否存在以及是否有写入权限，然后重新导出。</translation>
    </message>
    <message>
        <source>Exported %1 (%2 × %3).</source>
        <translation>已导出 %1（%2 × %3）。</translation>
    </message>
    <message>
        <source>Some points lie outside the %1 × %2 frame (the region spans %3,%4 to %5,%6). The view grew to show them: pick the camera&apos;s real resolution above, or fix the coordinates in target_roi.</source>
        <translation>部分点位于 %1 × %2 画面之外（区域范围为 %3,%4 到 %5,%6）。视图已扩大以显示这些点：请在上方选择摄像头的实际分辨率，或修正 target_roi 中的坐标。</translation>
    </message>
    <message>
        <source>Open a picture of the camera</source>
        <translation>打开摄像头图片</translation>
    </message>
    <message>
        <source>Pasted picture shown for this session; only pictures opened from a file are remembered.</source>
        <translation>粘贴的图片仅在本次会话中显示；只有从文件打开的图片会被记住。</translation>
    </message>
    <message>
        <source>The clipboard holds no picture. Copy an image or an image file, then paste again.</source>
        <translation>剪贴板中没有图片。请复制图片或图片文件，然后重新粘贴。</translation>
    </message>
    <message>
        <source>Background cleared.</source>
        <translation>已清除背景。</translation>
    </message>
    <message>
        <source>Export the ROI overlay as PNG</source>
        <translation>将检测区域叠加层导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>已将 %1 复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>vias::ui::RoiView</name>
    <message>
        <source>Wheel or +/-: zoom around the cursor. Drag: pan. Double-click or 0: fit. 1: 100%. Click a shape to select it. Drop an image to use it as the background.</source>
        <translation>滚轮或 +/-：以光标为中心缩放。拖动：平移。双击或 0：适应窗口。1：100%。单击图形可选中。拖入图片可用作背景。</translation>
    </message>
    <message>
        <source>%1, point %2 of %3: (%4, %5)</source>
        <comment>shape name, 0-based index, count, x, y</comment>
        <translation>%1，第 %2 / %3 个点：(%4, %5)</translation>
    </message>
</context>
<context>
    <name>vias::ui::SecretStore</name>
    <message>
        <source>Secrets are kept in the system keychain.</source>
        <translation>敏感信息保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Secrets are kept for this session only: you will be asked again after a restart.</source>
        <translation>敏感信息仅在本次会话中保留：重启后需要重新输入。</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Secrets are kept for this session only; enable &quot;Store secrets in a local file&quot; in Preferences to keep them.</source>
        <translation>没有可用的系统钥匙串（%1）。敏感信息仅在本次会话中保留；如需保存，请在首选项中启用“无系统钥匙串时将敏感信息保存在本地文件中”。</translation>
    </message>
    <message>
        <source>Secrets are stored unencrypted in %1 (readable by your user only). Anyone with access to your account can read them.</source>
        <translation>敏感信息以未加密方式保存在 %1 中（仅您的用户可读）。任何能访问您账户的人都能读取它们。</translation>
    </message>
    <message>
        <source>Cannot read the secrets file %1: %2. Check its owner and permissions.</source>
        <translation>无法读取敏感信息文件 %1：%2。请检查其所有者和权限。</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2. Check the folder&apos;s permissions and free space.</source>
        <translation>无法写入敏感信息文件 %1：%2。请检查文件夹权限和剩余空间。</translation>
    </message>
    <message>
        <source>The keychain refused to give the secrets: %1. Allow vias-console to use the keychain, or enter them again.</source>
        <translation>钥匙串拒绝提供敏感信息：%1。请允许 vias-console 使用钥匙串，或重新输入。</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>钥匙串没有响应</translation>
    </message>
    <message>
        <source>The keychain did not store the secrets: %1. They are kept for this session only.</source>
        <translation>钥匙串未能保存敏感信息：%1。它们仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>The keychain did not delete the secrets: %1.</source>
        <translation>钥匙串未能删除敏感信息：%1。</translation>
    </message>
</context>
<context>
    <name>vias::ui::SourceBanners</name>
    <message>
        <source>URL: %1</source>
        <translation>URL：%1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message numerus="yes">
        <source>Retried %n time(s).</source>
        <translation>
            <numerusform>已重试 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Response: %1</source>
        <translation>响应：%1</translation>
    </message>
    <message>
        <source>Project “%1”: %2 Its tasks shown may be out of date; the other projects&apos; tasks are not affected.</source>
        <translation>项目“%1”：%2 所显示的该项目任务可能已过时；其他项目的任务不受影响。</translation>
    </message>
    <message>
        <source>Project “%1”: %2 The other projects&apos; tasks are shown without it.</source>
        <translation>项目“%1”：%2 其他项目的任务照常显示，不含此项目。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>vias::ui::TaskDetailPane</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Service config</source>
        <translation>服务配置</translation>
    </message>
    <message>
        <source>Detection region</source>
        <translation>检测区域</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>原始 JSON</translation>
    </message>
</context>
<context>
    <name>vias::ui::TaskLoader</name>
    <message>
        <source>Loading page %1…</source>
        <translation>正在加载第 %1 页…</translation>
    </message>
    <message>
        <source>Loading all tasks…</source>
        <translation>正在加载全部任务…</translation>
    </message>
</context>
<context>
    <name>vias::ui::TaskView</name>
    <message>
        <source>Copy ID</source>
        <translation>复制 ID</translation>
    </message>
    <message>
        <source>Copy name</source>
        <translation>复制名称</translation>
    </message>
    <message>
        <source>Copy JSON (secrets masked)</source>
        <translation>复制 JSON（敏感信息已遮盖）</translation>
    </message>
    <message>
        <source>Copy selected rows</source>
        <translation>复制选中的行</translation>
    </message>
</context>
<context>
    <name>vias::ui::WelcomePage</name>
    <message>
        <source>Welcome to VIAS Console</source>
        <translation>欢迎使用 VIAS 控制台</translation>
    </message>
    <message>
        <source>VIAS Console lists, filters, charts and exports the video analysis tasks of a Huawei Cloud VIAS project, such as edge face extraction. Try it on the built-in demo, or add a profile with your project&apos;s endpoint and credentials.</source>
        <translation>VIAS 控制台可列出、筛选、统计并导出华为云 VIAS 项目中的视频分析任务，例如边缘人脸提取。您可以先试用内置演示，或使用项目的终端节点和凭据添加配置。</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>试用演示(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Add a profile</source>
        <translation>添加配置(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Import from environment</source>
        <translation>从环境变量导入(&amp;I)</translation>
    </message>
    <message>
        <source>Use HUAWEICLOUD_SDK_AK / HUAWEICLOUD_SDK_SK or ~/.huaweicloud/credentials</source>
        <translation>使用 HUAWEICLOUD_SDK_AK / HUAWEICLOUD_SDK_SK 或 ~/.huaweicloud/credentials</translation>
    </message>
</context>
<context>
    <name>vias::ui::charts::ChartCard</name>
    <message>
        <source>Export as PNG…</source>
        <translation>导出为 PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>导出为 SVG…</translation>
    </message>
    <message>
        <source>Export this chart as an image</source>
        <translation>将此图表导出为图片</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1: %2. Check that the folder exists and is writable, or choose another location.</source>
        <translation>无法将图表保存到 %1：%2。请检查文件夹是否存在且可写，或选择其他位置。</translation>
    </message>
    <message>
        <source>the image could not be rendered</source>
        <translation>无法渲染图片</translation>
    </message>
</context>
<context>
    <name>vias::ui::charts::HistogramChart</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n task(s) without it</source>
        <translation>
            <numerusform>%1 · %n 个任务未设置</numerusform>
        </translation>
    </message>
    <message>
        <source>Below the %1 px minimum</source>
        <translation>低于 %1 像素下限</translation>
    </message>
    <message>
        <source>Below the task&apos;s own minimum size</source>
        <translation>低于任务自身的最小尺寸</translation>
    </message>
    <message>
        <source>Outside %1–%2</source>
        <translation>超出 %1–%2</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message numerus="yes">
        <source>%n or more camera(s)</source>
        <translation>
            <numerusform>%n 个及以上摄像头</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s)</source>
        <translation>
            <numerusform>%n 个摄像头</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 像素</translation>
    </message>
    <message>
        <source>Cameras per task (%1 inputs, %2 distinct cameras)</source>
        <translation>每个任务的摄像头数（%1 个输入，%2 个不同摄像头）</translation>
    </message>
    <message>
        <source>Smallest face, detection_min_size (min %1 px)</source>
        <translation>最小人脸 detection_min_size（下限 %1 像素）</translation>
    </message>
    <message>
        <source>Largest face, detection_max_size (px)</source>
        <translation>最大人脸 detection_max_size（像素）</translation>
    </message>
    <message>
        <source>JPEG quality, image_compression_ratio (%1–%2 %, default %3)</source>
        <translation>JPEG 质量 image_compression_ratio（%1–%2 %，默认 %3）</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Within documented limits</source>
        <translation>在文档规定范围内</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>默认（%1）</translation>
    </message>
    <message>
        <source>%1: %2 tasks (%3 of all)</source>
        <translation>%1：%2 个任务（占全部的 %3）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>vias::ui::charts::PoolChart</name>
    <message numerus="yes">
        <source>Tasks per edge pool (%n pool(s))</source>
        <translation>
            <numerusform>各边缘池的任务数（%n 个边缘池）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a pool</source>
        <translation>
            <numerusform>%n 个无边缘池</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Others (%n pool(s))</source>
        <translation>
            <numerusform>其他（%n 个边缘池）</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message numerus="yes">
        <source>%n other pool(s): %1 tasks (%2)</source>
        <translation>
            <numerusform>其他 %n 个边缘池：%1 个任务（%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>Edge pool %1
%2 tasks (%3)
Click to show only this pool&apos;s tasks.</source>
        <translation>边缘池 %1
%2 个任务（%3）
单击仅显示此边缘池的任务。</translation>
    </message>
</context>
<context>
    <name>vias::ui::charts::StateChart</name>
    <message>
        <source>(no state)</source>
        <translation>（无状态）</translation>
    </message>
    <message>
        <source>Tasks by state (%1)</source>
        <translation>按状态统计任务（%1）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>%1 (%2): %3 of %4 tasks, %5</source>
        <translation>%1（%2）：%4 个任务中的 %3 个，%5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Click to show only these tasks.</source>
        <translation>单击仅显示这些任务。</translation>
    </message>
</context>
<context>
    <name>vias::ui::charts::TimelineChart</name>
    <message>
        <source>Week of %1</source>
        <translation>%1 当周</translation>
    </message>
    <message>
        <source>day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Auto (%1)</source>
        <translation>自动（%1）</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>按天</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Period of each bar. Auto picks days for up to 62 days, weeks for up to a year, months beyond.</source>
        <translation>每个柱形代表的时间段。自动：62 天以内按天，一年以内按周，超过一年按月。</translation>
    </message>
    <message>
        <source>Tasks created per %1</source>
        <translation>每%1创建的任务数</translation>
    </message>
    <message numerus="yes">
        <source>%n without a creation time</source>
        <translation>
            <numerusform>%n 个无创建时间</numerusform>
        </translation>
    </message>
    <message>
        <source>Other states</source>
        <translation>其他状态</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>%1
%2: %3 of %4 tasks created
Click to show only the tasks created then.</source>
        <translation>%1
%2：创建了 %4 个任务中的 %3 个
单击仅显示该时段创建的任务。</translation>
    </message>
</context>
<context>
    <name>viasctl</name>
    <message>
        <source>viasctl: warning: %1
</source>
        <translation>viasctl：警告：%1
</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) were cut to Excel&apos;s limit of 32,767 characters.</source>
        <translation>
            <numerusform>有 %n 个单元格被截断至 Excel 的 32,767 字符上限。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: viasctl &lt;command&gt; [options]

List and export Huawei Cloud VIAS video analysis tasks.

Commands:
  tasks list     List tasks (all pages, or one with --offset/--limit) as a table,
                 CSV, JSON, JSON Lines or XLSX.
  tasks get ID   Show one task as JSON or a field table.

Options:
  -h, --help     Show this help. Each command has its own --help.
  -v, --version  Show the version.

Exit status: 0 ok, 2 usage, 3 authentication/permission refused, 4 other API
error, 5 network/timeout/TLS, 6 output not written. See docs/VIASCTL.md.
</source>
        <translation>用法：viasctl &lt;命令&gt; [选项]

列出并导出华为云 VIAS 视频分析任务。

命令：
  tasks list     列出任务（全部页，或用 --offset/--limit 取一页），输出为表格、
                 CSV、JSON、JSON Lines 或 XLSX。
  tasks get ID   以 JSON 或字段表显示一个任务。

选项：
  -h, --help     显示此帮助。每个命令都有自己的 --help。
  -v, --version  显示版本。

退出状态：0 成功，2 用法错误，3 认证/权限被拒绝，4 其他 API 错误，
5 网络/超时/TLS，6 未写入输出。见 docs/VIASCTL.md。
</translation>
    </message>
    <message>
        <source>Usage: viasctl tasks &lt;list|get&gt; [options]

  list           List tasks. See: viasctl tasks list --help
  get TASK_ID    Show one task. See: viasctl tasks get --help
</source>
        <translation>用法：viasctl tasks &lt;list|get&gt; [选项]

  list           列出任务。见：viasctl tasks list --help
  get TASK_ID    显示一个任务。见：viasctl tasks get --help
</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.
</source>
        <translation>请尝试“%1 --help”。
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Usage: viasctl tasks list [options]</source>
        <translation>用法：viasctl tasks list [选项]</translation>
    </message>
    <message>
        <source>Usage: viasctl tasks get TASK_ID [options]</source>
        <translation>用法：viasctl tasks get TASK_ID [选项]</translation>
    </message>
    <message>
        <source>Unknown command &quot;tasks %1&quot;: use list or get.</source>
        <translation>未知命令“tasks %1”：请使用 list 或 get。</translation>
    </message>
    <message>
        <source>Hint: allow more time with --timeout SECONDS.
</source>
        <translation>提示：可用 --timeout 秒数 放宽超时时间。
</translation>
    </message>
    <message>
        <source>Hint: trust your CA certificate with --ca-file FILE.
</source>
        <translation>提示：可用 --ca-file 文件 信任您的 CA 证书。
</translation>
    </message>
    <message>
        <source>%1 is plain http: credentials and data travel unencrypted.</source>
        <translation>%1 使用明文 http：凭据和数据以未加密方式传输。</translation>
    </message>
    <message>
        <source>--sk puts the secret key into shell history and the process list; prefer HUAWEICLOUD_SDK_SK or ~/.huaweicloud/credentials.</source>
        <translation>--sk 会使私有访问密钥出现在 shell 历史和进程列表中；建议使用 HUAWEICLOUD_SDK_SK 或 ~/.huaweicloud/credentials。</translation>
    </message>
    <message>
        <source>--ak needs a secret key: set HUAWEICLOUD_SDK_SK (or pass --sk).</source>
        <translation>--ak 需要私有访问密钥：请设置 HUAWEICLOUD_SDK_SK（或传入 --sk）。</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>--token puts the token into shell history and the process list; prefer VIAS_AUTH_TOKEN.</source>
        <translation>--token 会使令牌出现在 shell 历史和进程列表中；建议使用 VIAS_AUTH_TOKEN。</translation>
    </message>
    <message>
        <source>Password sign-in needs a project scope: give --project-id (or HUAWEICLOUD_SDK_PROJECT_ID) or --region.</source>
        <translation>密码登录需要项目范围：请指定 --project-id（或 HUAWEICLOUD_SDK_PROJECT_ID）或 --region。</translation>
    </message>
    <message>
        <source>No password for %1: set VIAS_PASSWORD, or run viasctl in a terminal to be asked for it.</source>
        <translation>没有 %1 的密码：请设置 VIAS_PASSWORD，或在终端中运行 viasctl 以便输入密码。</translation>
    </message>
    <message>
        <source>IAM password for %1: </source>
        <translation>%1 的 IAM 密码：</translation>
    </message>
    <message>
        <source>No password was entered.</source>
        <translation>未输入密码。</translation>
    </message>
    <message>
        <source>No credentials. Use AK/SK (HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK, or ~/.huaweicloud/credentials), a token (VIAS_AUTH_TOKEN) or --user with VIAS_PASSWORD. %1</source>
        <translation>没有凭据。请使用 AK/SK（HUAWEICLOUD_SDK_AK 和 HUAWEICLOUD_SDK_SK，或 ~/.huaweicloud/credentials）、令牌（VIAS_AUTH_TOKEN），或 --user 加 VIAS_PASSWORD。%1</translation>
    </message>
    <message>
        <source>No project id: give --project-id or set HUAWEICLOUD_SDK_PROJECT_ID (or project_id in ~/.huaweicloud/credentials).</source>
        <translation>没有项目 ID：请指定 --project-id，或设置 HUAWEICLOUD_SDK_PROJECT_ID（或 ~/.huaweicloud/credentials 中的 project_id）。</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 需要 %2 到 %3 之间的整数，而不是“%4”。</translation>
    </message>
    <message>
        <source>Write webhook header values and VCN credentials instead of ***.</source>
        <translation>写出 Webhook 头部值和 VCN 凭据，而不是 ***。</translation>
    </message>
    <message>
        <source>No progress and no plain-http notice on stderr (errors and data warnings still appear).</source>
        <translation>stderr 上不显示进度和明文 http 提示（错误和数据告警仍会显示）。</translation>
    </message>
    <message>
        <source>Fetch every page (the default).</source>
        <translation>获取所有页（默认）。</translation>
    </message>
    <message>
        <source>The id of the task to show.</source>
        <translation>要显示的任务 ID。</translation>
    </message>
    <message>
        <source>No endpoint: give --region (e.g. cn-north-4) or --endpoint URL.</source>
        <translation>没有终端节点：请指定 --region（例如 cn-north-4）或 --endpoint URL。</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not an http(s) URL such as https://host[:port].</source>
        <translation>--%1“%2”不是 http(s) URL，例如 https://host[:port]。</translation>
    </message>
    <message>
        <source>Choose one way to authenticate: --ak/--sk, --token or --user.</source>
        <translation>请只选择一种认证方式：--ak/--sk、--token 或 --user。</translation>
    </message>
    <message>
        <source>--sk needs --ak.</source>
        <translation>--sk 需要与 --ak 一起使用。</translation>
    </message>
    <message>
        <source>--domain needs --user.</source>
        <translation>--domain 需要与 --user 一起使用。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a time: use ISO 8601 (2026-01-31, 2026-01-31T08:00:00, 2026-01-31T08:00:00+08:00; no zone means UTC) or epoch milliseconds.</source>
        <translation>--%1“%2”不是时间：请使用 ISO 8601（2026-01-31、2026-01-31T08:00:00、2026-01-31T08:00:00+08:00；不带时区表示 UTC）或纪元毫秒数。</translation>
    </message>
    <message>
        <source>--order &quot;%1&quot; is not valid: use name, created_at or updated_at, optionally with :ASC or :DESC.</source>
        <translation>--order“%1”无效：请使用 name、created_at 或 updated_at，可加 :ASC 或 :DESC。</translation>
    </message>
    <message>
        <source>--all fetches every page; it cannot be combined with --offset/--limit.</source>
        <translation>--all 会获取所有页；不能与 --offset/--limit 同时使用。</translation>
    </message>
    <message>
        <source>--output &quot;%1&quot; is not one of table, csv, json, jsonl, xlsx.</source>
        <translation>--output“%1”不是 table、csv、json、jsonl、xlsx 之一。</translation>
    </message>
    <message>
        <source>--output xlsx needs --file PATH: a workbook is not written to a terminal or pipe.</source>
        <translation>--output xlsx 需要 --file 路径：工作簿不能写到终端或管道。</translation>
    </message>
    <message>
        <source>--csv-preset &quot;%1&quot; is not excel or plain.</source>
        <translation>--csv-preset“%1”不是 excel 或 plain。</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;. Valid columns: %2.</source>
        <translation>未知列“%1”。有效的列：%2。</translation>
    </message>
    <message>
        <source>--columns is empty. Valid columns: %1.</source>
        <translation>--columns 为空。有效的列：%1。</translation>
    </message>
    <message>
        <source>Give the task id: viasctl tasks get TASK_ID.</source>
        <translation>请指定任务 ID：viasctl tasks get TASK_ID。</translation>
    </message>
    <message>
        <source>Give exactly one task id.</source>
        <translation>请只指定一个任务 ID。</translation>
    </message>
    <message>
        <source>--output &quot;%1&quot; is not json or table.</source>
        <translation>--output“%1”不是 json 或 table。</translation>
    </message>
    <message>
        <source>Could not write to standard output: %1.</source>
        <translation>无法写入标准输出：%1。</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check that the folder exists and is writable.</source>
        <translation>无法写入 %1：%2。请检查文件夹是否存在且可写。</translation>
    </message>
    <message>
        <source>field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Loading tasks: %1 of %2 (page %3 of %4)</source>
        <translation>正在加载任务：%1 / %2（第 %3 / %4 页）</translation>
    </message>
</context>
</TS>
