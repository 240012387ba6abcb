namespace CatalogTools.Core.Diagnostics;

public static partial class Messages
{
    /// <summary>Chinese, the default language. Same ids and placeholders as the other table (MessageTableTests).</summary>
    public static class Zh
    {
        public static IReadOnlyDictionary<string, string> Table { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // Rules: CATxxxx.title / .message / .fix (docs/architecture.md, "How to add a rule and its messages").
            // CAT0001 YAML syntax error
            { "CAT0001.title", "YAML 语法错误" },
            { "CAT0001.message", "YAML 语法错误：{detail}" },
            { "CAT0001.fix", "检查该行的缩进（只用空格、不用制表符）、冒号后的空格和引号是否成对" },
            // CAT0002 Duplicate key
            { "CAT0002.title", "重复的键" },
            { "CAT0002.message", "键『{key}』在同一层级重复出现（首次出现在第 {firstLine} 行）" },
            { "CAT0002.fix", "删除或合并重复的键，只保留一个" },
            // CAT0003 File is not UTF-8
            { "CAT0003.title", "文件不是 UTF-8 编码" },
            { "CAT0003.message", "文件不是 UTF-8 编码（第一个无效字节 0x{byte}{guess}）" },
            { "CAT0003.fix", "用编辑器以 UTF-8（无 BOM）另存该文件，例如 iconv -f GBK -t UTF-8" },
            // CAT0004 Schema violation
            { "CAT0004.title", "不符合文件结构定义" },
            { "CAT0004.message", "『{path}』不符合 {schema}：{detail}" },
            { "CAT0004.fix", "按 schemas/{schema} 修改该字段（VS Code 安装 YAML 插件可获得补全与提示）" },
            // CAT0005 Unknown file kind
            { "CAT0005.title", "无法识别的文件" },
            { "CAT0005.message", "无法识别文件类型，目录中的文件未被检查" },
            { "CAT0005.fix", "标准事项放在 standards/，实施清单放在 implementations/<区划代码>/，登记表放在 registries/" },
            // CAT0006 File name does not match code
            { "CAT0006.title", "文件名与编码不一致" },
            { "CAT0006.message", "文件名应为『{expected}』，与其中的编码一致" },
            { "CAT0006.fix", "重命名文件为 {expected}" },
            // CAT0007 Unknown region
            { "CAT0007.title", "引用了未登记的行政区划" },
            { "CAT0007.message", "区划代码『{region}』未在 registries/regions.yaml 中登记" },
            { "CAT0007.fix", "改为已登记的区划代码，或先在 registries/regions.yaml 中登记该区划" },
            // CAT0008 Unknown agency
            { "CAT0008.title", "引用了未登记的实施主体" },
            { "CAT0008.message", "实施主体『{agency}』未在 registries/agencies.yaml 中登记" },
            { "CAT0008.fix", "填写已登记实施主体的统一社会信用代码，或先登记该实施主体" },
            // CAT0009 Unknown law
            { "CAT0009.title", "引用了未登记的法律法规" },
            { "CAT0009.message", "依据『{law}』未在 registries/laws.yaml 中登记" },
            { "CAT0009.fix", "使用登记表中的法规全称，或先在 registries/laws.yaml 中登记该法规及文号" },
            // CAT0010 Unknown standard item
            { "CAT0010.title", "引用了不存在的标准事项" },
            { "CAT0010.message", "标准事项『{standard}』不存在（standards/ 下没有该基本编码）" },
            { "CAT0010.fix", "把 standard 改为 standards/ 中已有的基本编码" },
            // CAT0011 Unknown e-licence
            { "CAT0011.title", "引用了未登记的电子证照" },
            { "CAT0011.message", "材料『{material}』引用的电子证照『{licence}』不在 registries/e-licences.yaml 中" },
            { "CAT0011.fix", "改为电子证照目录中的证照编码" },
            // CAT0012 Malformed region code
            { "CAT0012.title", "区划代码格式错误" },
            { "CAT0012.message", "区划代码『{code}』格式错误：应为 6 位（GB/T 2260）或 12 位统计用区划代码" },
            { "CAT0012.fix", "按 GB/T 2260 填写，例如 230125（宾县）或 230125100000（宾州镇），全部数字并加引号" },
            // CAT0013 Malformed credit code
            { "CAT0013.title", "统一社会信用代码错误" },
            { "CAT0013.message", "统一社会信用代码『{code}』{detail}" },
            { "CAT0013.fix", "核对实施主体的统一社会信用代码（可在国家企业信用信息公示系统或机构编制部门查询）" },
            // CAT0014 Malformed basic code
            { "CAT0014.title", "基本编码格式错误" },
            { "CAT0014.message", "基本编码『{code}』{detail}" },
            { "CAT0014.fix", "按 schemas/code-scheme.json 的编码方案填写：事项类型代码 + 5 位主项编号 + 3 位子项编号" },
            // CAT0015 Implementation code does not match its parts
            { "CAT0015.title", "实施编码与其组成不符" },
            { "CAT0015.message", "实施编码『{code}』应为『{expected}』（基本编码-区划代码-实施主体代码）" },
            { "CAT0015.fix", "按 schemas/code-scheme.json 由基本编码、区划代码和实施主体代码生成实施编码，并同步重命名文件" },
            // CAT0016 Duplicate code
            { "CAT0016.title", "编码重复" },
            { "CAT0016.message", "编码『{code}』重复：已在 {first} 中使用" },
            { "CAT0016.fix", "一个编码只能赋予一个事项且永不复用；为新事项分配新编码，或删除重复的条目" },
            // CAT0017 Region level or parent contradicts its code
            { "CAT0017.title", "区划层级或上级与代码不符" },
            { "CAT0017.message", "区划『{code}』{detail}" },
            { "CAT0017.fix", "层级与上级由区划代码决定：按代码改正 level 和 parent" },
            // CAT0018 Invalid suppression
            { "CAT0018.title", "无效的规则豁免" },
            { "CAT0018.message", "规则豁免无效：{detail}" },
            { "CAT0018.fix", "写成『# catalog-disable CAT00xx until 2027-06-30: 理由』，理由必填且日期未过期" },
            // CAT0019 Registry missing
            { "CAT0019.title", "缺少登记表" },
            { "CAT0019.message", "缺少登记表 {registry}，引用无法核对" },
            { "CAT0019.fix", "在目录中添加 {registry}" },
            // CAT0020 Not in canonical form
            { "CAT0020.title", "不是规范格式" },
            { "CAT0020.message", "文件不是规范格式：从第 {line} 行起与 catalog fmt 写出的内容不同（应为『{expected}』）" },
            { "CAT0020.fix", "运行 catalog fmt {file}，把改写后的文件与修改一起提交" },
            // CAT0025 File exceeds a reading limit
            { "CAT0025.title", "文件超出读取限制" },
            { "CAT0025.message", "文件超出读取限制，未读取：{detail}" },
            { "CAT0025.fix", "目录文件不需要锚点与别名（& 和 *）、深层嵌套或超长文本：删除别名、减少嵌套，或把过大的文件拆分（各项限制见 docs/security.md）" },
            // CAT0030 Implementation diverges from its standard
            { "CAT0030.title", "实施清单与标准事项不一致" },
            { "CAT0030.message", "{region}：{changes}（标准事项 {standard}）" },
            { "CAT0030.fix", "删除实施清单中自行填写的这些要素以继承标准事项 {standard}，确需调整的请标准制定部门修改标准" },
            // CAT0031 Divergence summary per standard item
            { "CAT0031.title", "标准事项的不一致汇总" },
            { "CAT0031.message", "标准事项 {standard}『{name}』的 {total} 个实施清单中有 {count} 个与标准不一致：{where}" },
            { "CAT0031.fix", "逐一修正各实施清单（见 CAT0030、CAT0032），使其与标准一致" },
            // CAT0032 Same code, different name
            { "CAT0032.title", "同码不同名" },
            { "CAT0032.message", "{region}：事项名称写作『{name}』，而标准事项 {standard} 的名称是『{standardName}』（同码不同名）" },
            { "CAT0032.fix", "删除实施清单中的 name，沿用标准名称『{standardName}』" },
            // CAT0033 Same name, different code
            { "CAT0033.title", "同名不同码" },
            { "CAT0033.message", "{region}内名称『{name}』同时对应编码 {first} 与 {code}（同名不同码）" },
            { "CAT0033.fix", "同一事项只用一个编码：合并为一个事项，或修改名称以区分两个事项" },
            // CAT0034 Asks for more than the standard
            { "CAT0034.title", "超出标准事项的要求" },
            { "CAT0034.message", "{detail}，超出标准事项 {standard} 的范围" },
            { "CAT0034.fix", "删除超出标准的要求（包括变相增加：更多份数、更严的形式、非必要改为必要、取消免提交）；办事指南以外不得增加材料、环节、条件或收费" },
            // CAT0035 Standard retired, implementation still active
            { "CAT0035.title", "标准事项已停用而实施清单仍在用" },
            { "CAT0035.message", "{region}的实施清单仍为在用，而标准事项 {standard}『{name}』已于 {retiredOn} 停用；该事项不再计入报表，也不再发布到任何渠道" },
            { "CAT0035.fix", "把本实施清单的 status 改为 已停用 并写上 retiredOn；若事项改由新的标准事项承接，按新标准另建实施清单" },
            // CAT0036 Standard changed under an implementation
            { "CAT0036.title", "标准事项修改后实施清单与之不同" },
            { "CAT0036.message", "标准事项 {standard} 在本次修改中改变（{standardFile}），{region}未改动的实施清单自填要素与新标准不同：{changes}" },
            { "CAT0036.fix", "请标准制定部门核对这次修改：若新标准正确，通知实施单位调整；若实施清单的写法正确（例如标准新增了已取消的证明），应修正标准" },
            // CAT0040 Region level not allowed by the standard
            { "CAT0040.title", "实施层级不在行使层级内" },
            { "CAT0040.message", "{region}是{level}，而标准事项 {standard} 的行使层级为 {levels}" },
            { "CAT0040.fix", "由行使层级内的区划实施该事项，或请标准制定部门调整行使层级" },
            // CAT0041 Agency belongs to another region
            { "CAT0041.title", "实施主体不属于实施区划" },
            { "CAT0041.message", "实施主体『{agency}』属于{agencyRegion}，不属于实施区划{region}" },
            { "CAT0041.fix", "改为{region}的实施主体，或把实施清单移到{agencyRegion}" },
            // CAT0045 Promised limit exceeds the statutory limit
            { "CAT0045.title", "承诺时限超过法定时限" },
            { "CAT0045.message", "承诺办结时限 {promised} 超过法定办结时限 {statutory}" },
            { "CAT0045.fix", "把承诺办结时限改为不超过 {statutory}（工作日与自然日按 5 个工作日 = 7 个自然日折算）" },
            // CAT0046 Handling type contradicts the promised limit
            { "CAT0046.title", "办件类型与承诺时限不符" },
            { "CAT0046.message", "办件类型为{type}，承诺办结时限却是 {promised}" },
            { "CAT0046.fix", "即办件的承诺办结时限填 0；承诺时限大于 0 的事项为承诺件" },
            // CAT0047 Step limits add up to more than the promise
            { "CAT0047.title", "环节时限之和超过承诺时限" },
            { "CAT0047.message", "各办理环节时限之和为 {sum}，超过承诺办结时限 {promised}" },
            { "CAT0047.fix", "压缩环节时限使其合计不超过 {promised}，或（在法定时限内）放宽承诺时限" },
            // CAT0048 Promised limit not cut enough
            { "CAT0048.title", "承诺时限压缩未达目标" },
            { "CAT0048.message", "承诺办结时限 {promised} 比法定时限 {statutory} 压缩 {achieved}，低于{object}事项的目标 {target}" },
            { "CAT0048.fix", "把承诺办结时限压缩到不超过 {maximum}" },
            // CAT0050 Requires a cancelled proof
            { "CAT0050.title", "要求提交已取消的证明材料" },
            { "CAT0050.message", "申请材料『{material}』是已取消的证明材料『{proof}』（{document}）" },
            { "CAT0050.fix", "从办事指南中删除该材料（标为非必要也不行），改由部门核查或申请人告知承诺" },
            // CAT0051 E-licence still required on paper
            { "CAT0051.title", "电子证照未免提交" },
            { "CAT0051.message", "申请材料『{material}』可通过电子证照『{licence}』（{licenceCode}）获取，却未标记免提交" },
            { "CAT0051.fix", "为该材料写上 licence: {licenceCode} 和 exempt: true，由窗口调取电子证照" },
            // CAT0052 Material lacks form, copies or signature/seal
            { "CAT0052.title", "申请材料要素不全" },
            { "CAT0052.message", "申请材料『{material}』未写明{missing}" },
            { "CAT0052.fix", "为该材料填写 form（原件、复印件或电子）、纸质材料的 copies（份数），以及 signature（是否签字）或 seal（是否盖章）" },
            // CAT0053 Material name close to a registry entry
            { "CAT0053.title", "申请材料名称与登记表条目相近" },
            { "CAT0053.message", "申请材料『{material}』与{registry}中的『{entry}』{via}相近，无法确定是否同一材料" },
            { "CAT0053.fix", "若是同一材料：删除已取消的证明，或为电子证照写上 licence 和 exempt: true，并把这一写法补进登记表条目的 aliases；若不是：改用能区分的名称，或以 catalog-disable 豁免并写明理由" },
            // CAT0055 Fee charged without legal basis
            { "CAT0055.title", "收费无依据" },
            { "CAT0055.message", "收费『{fee}』没有收费依据" },
            { "CAT0055.fix", "为该收费写明 basis（登记的法规及条款），没有依据的不得收费（charged: false）" },
            // CAT0056 Fee standard on a free item
            { "CAT0056.title", "不收费事项写有收费标准" },
            { "CAT0056.message", "收费『{fee}』标为不收费，却写有{what}" },
            { "CAT0056.fix", "不收费时删除 amount 和 standard；确需收费的写 charged: true 并注明依据" },
            // CAT0060 Legal basis missing
            { "CAT0060.title", "缺少设定依据" },
            { "CAT0060.message", "事项没有设定依据" },
            { "CAT0060.fix", "在 basis 中列出设定该事项的法律法规（registries/laws.yaml 中的全称）及条款" },
            // CAT0061 Basis repealed
            { "CAT0061.title", "依据已废止" },
            { "CAT0061.message", "依据《{law}》已废止{repealed}" },
            { "CAT0061.fix", "改为现行有效的法律法规；依据全部废止的事项应申请取消" },
            // CAT0065 Steps out of order
            { "CAT0065.title", "办理环节顺序错误" },
            { "CAT0065.message", "办理环节『{step}』{detail}" },
            { "CAT0065.fix", "按标准顺序（咨询、预审、申请、受理、审查、决定、决定公开、证件制作与送达、收费）排列环节，order 从 1 起递增" },
            // CAT0070 Visits contradict online depth
            { "CAT0070.title", "到现场次数与网办深度不符" },
            { "CAT0070.message", "网上办理深度为{depth}，到现场次数却是 {visits} 次（最多 {maximum} 次）" },
            { "CAT0070.fix", "把到现场次数减到 {maximum}，或如实下调网上办理深度" },
            // CAT0071 Online depth without an online channel
            { "CAT0071.title", "网办深度缺少网上渠道" },
            { "CAT0071.message", "网上办理深度为{depth}，办理渠道中却没有网上渠道" },
            { "CAT0071.fix", "在 channels 中加入网上办事大厅、政务服务移动端或第三方平台" },
            // CAT0072 Guide element missing
            { "CAT0072.title", "办事指南要素缺失" },
            { "CAT0072.message", "办事指南缺少{element}" },
            { "CAT0072.fix", "填写{element}" },
            // CAT0073 Malformed phone number
            { "CAT0073.title", "电话号码格式错误" },
            { "CAT0073.message", "{contact}电话『{phone}』格式错误" },
            { "CAT0073.fix", "写成带区号的固定电话（0451-52003114）、手机号（13812345678）或服务热线（12345、95xxx、400-xxx-xxxx），每处一个号码" },
            // CAT0074 Malformed e-mail address
            { "CAT0074.title", "电子邮箱格式错误" },
            { "CAT0074.message", "{contact}邮箱『{email}』格式错误" },
            { "CAT0074.fix", "写成 name@example.gov.cn 形式的邮箱地址，或删除 email" },
            // CAT0075 One-thing bundle member missing or retired
            { "CAT0075.title", "一件事的成员事项不存在或已停用" },
            { "CAT0075.message", "一件事『{bundle}』的成员 {member} {problem}" },
            { "CAT0075.fix", "改为在用的实施编码，或从 members 中删除该成员并相应调整合并后的材料与时限" },
            // CAT0076 One-thing bundle limit longer than its members'
            { "CAT0076.title", "一件事合并时限长于成员时限之和" },
            { "CAT0076.message", "一件事『{bundle}』承诺 {limit}，长于各成员承诺时限之和 {bound}" },
            { "CAT0076.fix", "把 promisedLimit 缩短到不超过 {bound}" },
            // CAT0077 One-thing bundle needs more visits than its members
            { "CAT0077.title", "一件事跑动次数多于成员" },
            { "CAT0077.message", "一件事『{bundle}』需到现场 {visits} 次，多于成员中最多的 {bound} 次" },
            { "CAT0077.fix", "把 visits 减到不超过 {bound}" },
            // CAT0078 One-thing bundle asks for a material twice
            { "CAT0078.title", "一件事重复收取同一材料" },
            { "CAT0078.message", "一件事『{bundle}』再次要求材料『{material}』（第 {first} 项已要求『{firstName}』）" },
            { "CAT0078.fix", "删除重复的材料；合并后的材料清单中同一材料只收一次" },
            // CAT0079 Unknown intermediary service
            { "CAT0079.title", "引用了未登记的中介服务" },
            { "CAT0079.message", "中介服务『{code}』未在 registries/intermediary-services.yaml 中登记" },
            { "CAT0079.fix", "使用中介服务事项清单中的编码，或先在 registries/intermediary-services.yaml 中登记该服务及其时限、收费与依据" },
            // CAT0080 Assisted application without a contact
            { "CAT0080.title", "帮办代办缺少联系方式" },
            { "CAT0080.message", "提供帮办代办，但没有写联系电话" },
            { "CAT0080.fix", "在 assistance 下填写 hotline（如 0451-57912345）" },
            // CAT0081 No assisted application
            { "CAT0081.title", "未提供帮办代办" },
            { "CAT0081.message", "实施清单{state}帮办代办" },
            { "CAT0081.fix", "写明 assistance: offered: true 及联系电话；帮办代办应覆盖全部事项" },
            // CAT0082 Commitment condition not among the conditions
            { "CAT0082.title", "告知承诺的条件不在受理条件中" },
            { "CAT0082.message", "可告知承诺的条件『{condition}』不是本事项的受理条件" },
            { "CAT0082.fix", "照 conditions 中的原文填写，或先把该条件加入 conditions" },
            // CAT0090 Form lacks blank form, sample or fill-in notes
            { "CAT0090.title", "表格缺少空白表格、示例样表或填写说明" },
            { "CAT0090.message", "表格『{material}』未提供{missing}" },
            { "CAT0090.fix", "为该表格填写 blankForm（空白表格的文件名或链接）、sample（示例样表）和 fillNotes（填写说明）" },
            // CAT0091 Guide lacks conditions or notes
            { "CAT0091.title", "办事指南缺少受理条件或注意事项" },
            { "CAT0091.message", "办事指南未写明{element}" },
            { "CAT0091.fix", "在 {key} 下至少写一条{element}" },
            // CAT0092 Consultation or complaint e-mail missing
            { "CAT0092.title", "咨询或投诉方式缺少电子邮箱" },
            { "CAT0092.message", "{contact}方式未写明电子邮箱" },
            { "CAT0092.fix", "在 {key} 下写 email（如 name@example.gov.cn）" },
            // CAT0093 Step without a time limit
            { "CAT0093.title", "办理环节未写明时限" },
            { "CAT0093.message", "办理环节『{step}』未写明时限" },
            { "CAT0093.fix", "为该环节写 limit（days 和 unit；当场办结的写 0 天）" },
            // CAT0100 catalog.lock missing
            { "CAT0100.title", "缺少 catalog.lock" },
            { "CAT0100.message", "找不到 {lock}：事项的版本与停用记录无从核对" },
            { "CAT0100.fix", "运行 catalog lock 生成并提交 {lock}" },
            // CAT0101 catalog.lock is stale
            { "CAT0101.title", "catalog.lock 未随事项更新" },
            { "CAT0101.message", "事项 {code} {detail}，但 catalog.lock 没有更新" },
            { "CAT0101.fix", "运行 catalog lock（版本号自动提升）并把 catalog.lock 与该修改一起提交" },
            // CAT0102 Retired code used again
            { "CAT0102.title", "重新使用了已停用的编码" },
            { "CAT0102.message", "编码 {code} 已于 {date} 停用（catalog.lock 第 {lockLine} 行），编码一经停用不得再次使用" },
            { "CAT0102.fix", "为该事项分配新的编码；已停用的编码保留为已停用状态" },
            // CAT0103 Code removed without retirement
            { "CAT0103.title", "事项被删除但未停用" },
            { "CAT0103.message", "事项 {code}（版本 {version}）的文件已删除，但它从未被标记为已停用" },
            { "CAT0103.fix", "恢复该文件，把 status 改为已停用并写明 retiredOn，运行 catalog lock；停用记录之后文件才可删除" },
            // CAT0104 Item version went backwards
            { "CAT0104.title", "事项版本号倒退" },
            { "CAT0104.message", "事项 {code} 的版本从 {baseVersion}（{base}）倒退为 {version}" },
            { "CAT0104.fix", "不要手工修改 catalog.lock：取 {base} 的 catalog.lock，再运行 catalog lock" },
            // CAT0105 Code dropped from catalog.lock
            { "CAT0105.title", "catalog.lock 丢失了编码" },
            { "CAT0105.message", "编码 {code} 在 {base} 的 catalog.lock 中有记录，现在却不见了；编码记录永久保留" },
            { "CAT0105.fix", "恢复 catalog.lock 中该行（git checkout {base} -- catalog.lock，再运行 catalog lock）" },
            // CAT0106 catalog.lock malformed
            { "CAT0106.title", "catalog.lock 格式错误" },
            { "CAT0106.message", "catalog.lock 第 {lockLine} 行：{detail}" },
            { "CAT0106.fix", "不要手工修改 catalog.lock：删除错误的行后运行 catalog lock 重新生成" },
            // CAT0107 Content changed but version kept
            { "CAT0107.title", "内容改变但版本未提升" },
            { "CAT0107.message", "事项 {code} 的规范形式哈希与 {base} 不同，版本却仍为 {version}（catalog.lock 可能被手工修改）" },
            { "CAT0107.fix", "取 {base} 的 catalog.lock 后运行 catalog lock，让版本号自动提升" },
            // CAT0110 Git repository unreadable
            { "CAT0110.title", "git 仓库无法读取" },
            { "CAT0110.message", "无法读取 git 仓库（{what}）：{detail}" },
            { "CAT0110.fix", "仓库已损坏或不完整：运行 git fsck 查看损坏之处，再从远程仓库重新克隆或 git fetch 补齐缺失的对象；.git/HEAD 应为『ref: refs/heads/分支名』" },
            // CAT0150 Workbook unreadable
            { "CAT0150.title", "无法读取工作簿" },
            { "CAT0150.message", "无法读取工作簿：{detail}" },
            { "CAT0150.fix", "用 Excel、WPS 或 LibreOffice 另存为 .xlsx（Excel 工作簿）后重新导入" },
            // CAT0151 Unknown column
            { "CAT0151.title", "无法识别的列" },
            { "CAT0151.message", "工作表『{sheet}』的列『{header}』无法识别，其内容不会导入" },
            { "CAT0151.fix", "删除该列，或把表头改回导出时的文字（见『填表说明』）" },
            // CAT0152 Missing column
            { "CAT0152.title", "缺少列" },
            { "CAT0152.message", "工作表『{sheet}』缺少列『{header}』" },
            { "CAT0152.fix", "恢复该列（表头文字见『填表说明』），列的先后顺序可以不同" },
            // CAT0153 Missing sheet
            { "CAT0153.title", "缺少工作表" },
            { "CAT0153.message", "工作簿缺少工作表『{sheet}』" },
            { "CAT0153.fix", "使用 catalog export 导出的工作簿填写，不要删除或改名工作表" },
            // CAT0154 Unknown sheet
            { "CAT0154.title", "无法识别的工作表" },
            { "CAT0154.message", "工作表『{sheet}』不是表单的一部分，未导入" },
            { "CAT0154.fix", "把其中的数据移到对应的工作表，或删除该工作表" },
            // CAT0155 Row without code
            { "CAT0155.title", "行缺少事项编码" },
            { "CAT0155.message", "该行有内容但没有事项编码，无法对应到事项" },
            { "CAT0155.fix", "在『事项编码』列填写该行所属事项的编码，或删除该行" },
            // CAT0156 Duplicate row
            { "CAT0156.title", "重复的行" },
            { "CAT0156.message", "『{key}』重复出现（首次在第 {firstRow} 行）" },
            { "CAT0156.fix", "删除或合并重复的行" },
            // CAT0157 Code matches no item
            { "CAT0157.title", "事项编码无对应事项" },
            { "CAT0157.message", "事项编码『{code}』在『事项目录』中没有对应的行" },
            { "CAT0157.fix", "核对编码；新增事项须先在『事项目录』添加一行" },
            // CAT0158 Item row removed
            { "CAT0158.title", "事项行被删除" },
            { "CAT0158.message", "导出时的事项『{code}』在『事项目录』中找不到了（编码被删除或修改）" },
            { "CAT0158.fix", "恢复该行；停用事项请把状态改为『已停用』并填写停用日期，编码不得修改或复用" },
            // CAT0159 Bad cell value
            { "CAT0159.title", "单元格内容无法识别" },
            { "CAT0159.message", "『{header}』的内容『{value}』不是{expected}" },
            { "CAT0159.fix", "按『填表说明』改写该单元格" },
            // CAT0160 Workbook version mismatch
            { "CAT0160.title", "工作簿版本不符" },
            { "CAT0160.message", "工作簿的结构版本是『{found}』，本工具需要『{expected}』" },
            { "CAT0160.fix", "用当前版本的 catalog export 重新导出，再把修改填入新工作簿" },
            // CAT0161 Hidden data imported
            { "CAT0161.title", "隐藏的数据已导入" },
            { "CAT0161.message", "{what}是隐藏的，已作为数据导入" },
            { "CAT0161.fix", "确认隐藏的内容应当导入；不需要的行请删除而不是隐藏" },
            // CAT0165 Workbook exceeds a reading limit
            { "CAT0165.title", "工作簿超出读取限制" },
            { "CAT0165.message", "工作簿超出读取限制，未导入：{detail}" },
            { "CAT0165.fix", "表单工作簿不会这么大：用 catalog export 重新导出，只填写需要修改的内容（各项限制见 docs/security.md）" },
            // CAT0166 Formula without a computed value
            { "CAT0166.title", "公式没有计算结果" },
            { "CAT0166.message", "工作表『{sheet}』的这个单元格是公式，但工作簿中没有它的计算结果，无法知道它的值" },
            { "CAT0166.fix", "在 Excel、WPS 或 LibreOffice 中打开并保存一次（保存时计算公式），或把公式改为直接填写的值" },
            // CAT0167 Import would delete much content
            { "CAT0167.title", "导入将删除大量内容" },
            { "CAT0167.message", "导入将删除事项的{element} {removed}/{total} 项（超过 policy.yaml 中 import.maxDeletedShare 允许的 {share}）：{names}" },
            { "CAT0167.fix", "如果确实要删除，用 --dry-run 核对后加 --allow-deletions 重新导入；否则恢复被删除的行" },
            // CAT0170 Header renamed
            { "CAT0170.title", "表头被改名" },
            { "CAT0170.message", "工作表『{sheet}』的表头『{found}』无法识别，且缺少列『{header}』：表头可能被改了名，该工作表未导入" },
            { "CAT0170.fix", "把表头『{found}』改回『{header}』（表头文字见『填表说明』）" },
            // CAT0171 Cell not as required
            { "CAT0171.title", "单元格不符合要求" },
            { "CAT0171.message", "『{header}』的内容『{value}』不符合要求：{detail}" },
            { "CAT0171.fix", "按单元格的输入提示改写：{prompt}" },
            // CAT0172 Bundle member is not an implementation
            { "CAT0172.title", "一件事成员不是实施清单事项" },
            { "CAT0172.message", "一件事『{bundle}』的成员『{member}』{problem}" },
            { "CAT0172.fix", "填写在用的实施清单事项的实施编码（『事项目录』中类别为『实施清单』的事项编码）{suggestion}" },
            // CAT0173 Bundle code matches no bundle
            { "CAT0173.title", "一件事编码无对应的一件事" },
            { "CAT0173.message", "一件事编码『{code}』在『一件事』中没有对应的行" },
            { "CAT0173.fix", "核对编码；新增一件事须先在『一件事』添加一行" },
            // CAT0174 Bundle row removed
            { "CAT0174.title", "一件事行被删除" },
            { "CAT0174.message", "导出时的一件事『{code}』在『一件事』中找不到了（编码被删除或修改）" },
            { "CAT0174.fix", "恢复该行；停用一件事请把状态改为『已停用』并填写停用日期，编码不得修改或复用" },
            // CAT0200 Element missing in channel
            { "CAT0200.title", "渠道缺少要素" },
            { "CAT0200.message", "{channel} 页面 {page} 缺少要素『{elementName}』（{element}），源中为『{expected}』" },
            { "CAT0200.fix", "重新发布该渠道（catalog publish），不要在下游手工编辑页面；如模板漏掉了该要素，修改 templates/ 中的模板" },
            // CAT0201 Element differs from source
            { "CAT0201.title", "渠道要素与源不一致" },
            { "CAT0201.message", "{channel} 页面 {page} 的要素『{elementName}』（{element}）显示为『{actual}』，源中为『{expected}』" },
            { "CAT0201.fix", "以目录为唯一来源：在目录 YAML 中修改后重新发布，不要在渠道侧改动内容" },
            // CAT0202 Element not in source
            { "CAT0202.title", "渠道多出源中没有的要素" },
            { "CAT0202.message", "{channel} 页面 {page} 显示了源中没有的要素 {element}『{actual}』" },
            { "CAT0202.fix", "删除渠道侧添加的内容，或先在目录中登记后重新发布" },
            // CAT0203 Item missing in channel
            { "CAT0203.title", "渠道缺少事项" },
            { "CAT0203.message", "{channel} 渠道没有事项『{name}』的页面（应为 {page}）" },
            { "CAT0203.fix", "重新发布该渠道，确认下游同步了全部文件（catalog verify-bundle）" },
            // CAT0204 Item not in source
            { "CAT0204.title", "渠道展示了源中没有或已停用的事项" },
            { "CAT0204.message", "{channel} 页面 {page} 展示的事项 {code} 不在目录中或已停用" },
            { "CAT0204.fix", "从渠道下架该页面，或重新发布以同步删除" },
            // CAT0205 Channel page unreadable
            { "CAT0205.title", "渠道页面无法读取" },
            { "CAT0205.message", "{channel} 页面 {page} 无法核对：{detail}" },
            { "CAT0205.fix", "重新发布该页面；页面须保留 data-item 与 data-el 标记，JSON 须可解析" },
            // CAT0206 Channel page missing
            { "CAT0206.title", "渠道缺少页面" },
            { "CAT0206.message", "{channel} 渠道缺少{what} {page}" },
            { "CAT0206.fix", "重新发布该渠道，确认下游同步了全部文件（catalog verify-bundle）" },
            // CAT0207 Listing lacks an entry
            { "CAT0207.title", "索引页漏列" },
            { "CAT0207.message", "{channel} 页面 {page} 没有列出{what}『{name}』（{code}）" },
            { "CAT0207.fix", "重新发布该渠道，不要在下游手工编辑首页和地区页" },
            // CAT0208 Listing differs from source
            { "CAT0208.title", "索引页与源不一致" },
            { "CAT0208.message", "{channel} 页面 {page} 列出的『{shown}』（{code}）与源不符：{detail}" },
            { "CAT0208.fix", "以目录为唯一来源：重新发布该渠道，删除下游添加或改动的链接和页面" },
            // CAT0220 Text not in source
            { "CAT0220.title", "渠道页面多出源中没有的内容" },
            { "CAT0220.message", "{channel} 页面 {page} 多出源中没有的{unit}『{actual}』（{where}）" },
            { "CAT0220.fix", "删除渠道侧添加的内容后重新发布；确需展示的内容先写入目录或模板" },
            // CAT0221 Text missing in channel
            { "CAT0221.title", "渠道页面缺少源中的内容" },
            { "CAT0221.message", "{channel} 页面 {page} 缺少源中的{unit}『{expected}』（{where}）" },
            { "CAT0221.fix", "重新发布该渠道，不要在下游删改页面" },
            // CAT0222 Text differs from source
            { "CAT0222.title", "渠道页面内容与源不一致" },
            { "CAT0222.message", "{channel} 页面 {page} 的{unit}显示为『{actual}』，源中为『{expected}』（{where}）" },
            { "CAT0222.fix", "以目录为唯一来源：重新发布该渠道，需要的修改写入目录或模板" },
            // CAT0223 Request beyond the guide
            { "CAT0223.title", "渠道页面提出办事指南以外的要求" },
            { "CAT0223.message", "{channel} 页面 {page} 要求了办事指南没有列出的{what}：『{request}』，见『{actual}』（{where}）" },
            { "CAT0223.fix", "办事指南以外不得增加材料和收费：删除该要求；确有法定依据的，先写入目录（标准事项）并重新发布" },
            // CAT0224 Page not in source
            { "CAT0224.title", "渠道有源中没有的页面" },
            { "CAT0224.message", "{channel} 渠道有源中没有的页面 {page}" },
            { "CAT0224.fix", "从渠道下架该页面；确需发布的内容先写入目录或模板并重新发布" },
            // CAT0225 Audit incomplete
            { "CAT0225.title", "自查未读完渠道" },
            { "CAT0225.message", "{channel} 渠道（{origin}）只读取了一部分：{detail}" },
            { "CAT0225.fix", "放宽抓取上限（--max-files、--max-bytes、--max-seconds）后重新自查，或直接自查渠道的文件夹" },
            // CAT0230 Site configuration missing
            { "CAT0230.title", "缺少网站配置" },
            { "CAT0230.message", "目录没有 {file}：页面页脚不显示主办单位、网站标识码和备案号，移动端没有 site.json" },
            { "CAT0230.fix", "在目录根目录新建 site.yaml（格式见 schemas/site.schema.json，示例见样例目录 catalog/site.yaml），填写网站名称、主办单位、网站标识码和备案号后重新发布" },
            // CAT0235 Theme names an unknown standard item
            { "CAT0235.title", "主题列出了不存在的标准事项" },
            { "CAT0235.message", "主题『{theme}』列出的标准事项 {standard} 不在目录中（没有 standards/{standard}.yaml），按主题浏览时不会有它" },
            { "CAT0235.fix", "改正 registries/themes.yaml 中的基本编码，或删除这一行后重新发布" },
            // CAT0240 Too few signatures
            { "CAT0240.title", "签名不足" },
            { "CAT0240.message", "{file}：角色 {role} 需要 {threshold} 个有效签名，只有 {valid} 个{detail}" },
            { "CAT0240.fix", "请持有 {role} 角色密钥的人用 catalog sign {file} --key KEY.pem 补签；根元数据未列出的密钥（包括已轮换出去的）签名不算数" },
            // CAT0241 Trust metadata expired
            { "CAT0241.title", "信任元数据已过期" },
            { "CAT0241.message", "{file}（{role}）有效期至 {expires}，现在是 {now}" },
            { "CAT0241.fix", "发布方重新签发：timestamp 用 catalog release 定时更新，其他角色重新发布或重新签名；渠道必须拒绝过期的元数据（防冻结攻击）" },
            // CAT0242 Trust metadata rolled back
            { "CAT0242.title", "信任元数据版本回退" },
            { "CAT0242.message", "{file}（{role}）版本 {version} 早于已信任的版本 {trusted}" },
            { "CAT0242.fix", "拒绝该元数据：发布方的元数据版本只增不减；若确需重置，须轮换相应角色的密钥" },
            // CAT0243 Metadata does not match its parent
            { "CAT0243.title", "元数据与上级不一致" },
            { "CAT0243.message", "{file}：{detail}（{parent} 中记载的不同）" },
            { "CAT0243.fix", "文件被改动、或混用了不同版本的文件：从发布地址重新获取，仍不一致时通知发布方" },
            // CAT0244 Trust metadata unreadable
            { "CAT0244.title", "信任元数据无法读取" },
            { "CAT0244.message", "{file} 无法读取：{detail}" },
            { "CAT0244.fix", "用 catalog publish 或 catalog root 重新生成该文件，格式见 schemas/bundle/ 中的 JSON Schema" },
            // CAT0245 Root rotation invalid
            { "CAT0245.title", "根元数据轮换无效" },
            { "CAT0245.message", "{file} 的根元数据轮换无效：{detail}" },
            { "CAT0245.fix", "新的根元数据 N+1.root.json 必须同时由旧根（N）和新根各自的 root 角色达到阈值的密钥签名（catalog sign），版本恰为 N+1" },
            // CAT0246 Target path unsafe or outside the channel
            { "CAT0246.title", "目标路径不安全或不属于该渠道" },
            { "CAT0246.message", "{file} 列出的目标『{path}』{detail}" },
            { "CAT0246.fix", "目标路径必须是该渠道文件夹下的相对路径（不含 ..、绝对路径、反斜杠）；重新发布" },
            // CAT0250 Pull: rollback
            { "CAT0250.title", "拉取：版本回退" },
            { "CAT0250.message", "{path} 的版本 {version} 早于本渠道已接受的版本 {accepted}（回退攻击），未更新" },
            { "CAT0250.fix", "检查发布源是否被替换为旧的发布包；重新发布（catalog publish）后再拉取" },
            // CAT0251 Pull: expired (freeze)
            { "CAT0251.title", "拉取：内容已过期" },
            { "CAT0251.message", "{path} 已过期：有效期至 {expires}，现在是 {now}（冻结攻击或发布停滞），未更新" },
            { "CAT0251.fix", "发布方须在过期前重新签发时效元数据（重新发布）；渠道不得展示过期内容" },
            // CAT0252 Pull: mix-and-match
            { "CAT0252.title", "拉取：混合版本" },
            { "CAT0252.message", "{path} 不属于所拉取的版本 {version}：{detail}（混合攻击），未更新" },
            { "CAT0252.fix", "发布源须整体替换为同一版本的文件（先上传文件，再上传清单，最后上传时效文件）；重新发布后再拉取" },
            // CAT0253 Pull: fast-forward
            { "CAT0253.title", "拉取：版本超前" },
            { "CAT0253.message", "{path} 的版本 {version} 超前：{detail}（快进攻击），未更新" },
            { "CAT0253.fix", "版本号被推到未来，多半是泄露的密钥签的；由根密钥轮换掉该密钥后重新发布" },
            // CAT0254 Pull: size limit exceeded
            { "CAT0254.title", "拉取：超过大小上限" },
            { "CAT0254.message", "{path} 超过大小上限 {limit} 字节（无尽数据攻击），已停止读取，未更新" },
            { "CAT0254.fix", "上限取自签名的元数据；核对发布源上的文件，重新发布" },
            // CAT0255 Pull: arbitrary file
            { "CAT0255.title", "拉取：不安全的路径" },
            { "CAT0255.message", "{path} 中的路径『{entry}』不安全：{detail}（任意文件攻击），未写入任何文件" },
            { "CAT0255.fix", "发布包中只允许相对路径（以 / 分隔，不含 ..、绝对路径、点开头的名称或符号链接）；重新发布" },
            // CAT0256 Pull: too few signatures
            { "CAT0256.title", "拉取：有效签名不足" },
            { "CAT0256.message", "{path} 只有 {valid} 个有效签名，门限为 {threshold} 个（{detail}），未更新" },
            { "CAT0256.fix", "元数据须由足够多的受信任密钥签名（catalog sign）；内容被改动时签名也会失效" },
            // CAT0257 Pull: rotated-out key
            { "CAT0257.title", "拉取：密钥已被轮换掉" },
            { "CAT0257.message", "{path} 由已不受信任的密钥 {key} 签名（该密钥已被根元数据轮换掉），未更新" },
            { "CAT0257.fix", "用当前根元数据列出的密钥重新签名；若旧密钥已泄露，这正是应当拒绝的情形" },
            // CAT0258 Pull: file differs from its manifest
            { "CAT0258.title", "拉取：文件与清单不符" },
            { "CAT0258.message", "{path} 与签名清单不符：{detail}，未更新" },
            { "CAT0258.fix", "发布源上的文件被改动或损坏；重新发布后再拉取" },
            // CAT0259 Pull: cannot fetch
            { "CAT0259.title", "拉取：无法取得" },
            { "CAT0259.message", "无法从 {source} 取得 {path}：{detail}；当前版本保持不变" },
            { "CAT0259.fix", "检查网址或文件夹与网络；再次运行 catalog pull 会从中断处继续下载" },
            // CAT0260 Pull: metadata unreadable
            { "CAT0260.title", "拉取：元数据无法读取" },
            { "CAT0260.message", "{path} 无法读取：{detail}，未更新" },
            { "CAT0260.fix", "核对发布源上的元数据与 --root 给出的受信任根元数据；重新发布" },
            // CAT0270 Version a channel serves
            { "CAT0270.title", "渠道正在提供的版本" },
            { "CAT0270.message", "渠道『{name}』（{channel}）提供版本 {version}（清单 SHA-256 {digest}，有效期至 {validUntil}，{updated} 切换）；最新发布版本 {latest}" },
            { "CAT0270.fix", "无需修改：这是清单中每个渠道的状态" },
            // CAT0271 Channel behind
            { "CAT0271.title", "渠道版本落后" },
            { "CAT0271.message", "渠道『{name}』（{channel}）提供版本 {version}，落后最新发布版本 {latest} 共 {behind} 个版本（允许 {allowed} 个）" },
            { "CAT0271.fix", "在该渠道运行 catalog pull（或检查其定时拉取任务和网络），拉取后重新自查" },
            // CAT0272 Channel serves an expired version
            { "CAT0272.title", "渠道提供已过期的版本" },
            { "CAT0272.message", "渠道『{name}』（{channel}）提供的版本 {version} 已于 {validUntil} 过期，现在是 {now}" },
            { "CAT0272.fix", "重新发布（catalog publish）并在该渠道拉取新版本；渠道不得展示过期的办事指南" },
            // CAT0273 Channel serves a version never published
            { "CAT0273.title", "渠道提供从未发布的版本" },
            { "CAT0273.message", "渠道『{name}』（{channel}）提供的版本 {version}（清单 SHA-256 {digest}）从未发布：{detail}" },
            { "CAT0273.fix", "渠道内容被改动或来自别处：用 catalog pull 从正式发布地址重新拉取，并查明改动来源；发布记录不全时确认 --fleet 清单的 releases 指向正式发布的 releases.json" },
            // CAT0274 Channel status unreadable
            { "CAT0274.title", "渠道状态无法读取" },
            { "CAT0274.message", "渠道『{name}』的状态 {status} 无法读取：{detail}" },
            { "CAT0274.fix", "确认渠道在运行、拉取客户端写出了 channel-status.json（或 catalog serve 在提供它），地址或路径正确" },

            // Everything else the tools print: area.name, the area being the verb or the library type.
            // audit
            { "audit.cannotReadTheReleaseRecord", "无法读取发布记录 {releases}：{releasesError}" },
            { "audit.fleetFileNotFound", "找不到渠道清单『{fleetPath}』" },
            { "audit.folderNotFound", "找不到文件夹『{target}』" },
            { "audit.giveTheChannelFolderOr", "请给出要自查的渠道文件夹或网址（DIR|URL），或用 --fleet FILE 自查渠道清单" },
            { "audit.invalidFleetFileFormatSchemas", "渠道清单『{fleetPath}』无效：{error}（格式见 schemas/bundle/fleet.schema.json）" },
            { "audit.invalidMappingFile", "映射文件『{mappingFile}』无效：{mappingError}" },
            { "audit.mappingFileNotFound", "找不到映射文件『{mappingFile}』" },
            { "audit.maxFilesMaxBytesAnd", "--max-files、--max-bytes、--max-seconds 必须大于 0" },
            { "audit.noChannelOutputWebMobile", "『{folder}』中没有渠道输出（web、mobile、kiosk）" },
            { "audit.noTemplatesFolderFoundIn", "找不到模板文件夹 templates/（目录中、目录旁或工具自带），无法渲染源页面" },
            { "audit.servesNoChannelManifestJson", "『{url}』没有提供渠道内容（web、mobile、kiosk 的 manifest.json、index.html 或 regions.json）" },
            // catalogCli
            { "catalogCli.seeCatalogHelp", "用法见 catalog --help" },
            // change
            { "change.added", "{element}{sep}增加『{subject}』" },
            { "change.changedFromTo", "{element}{sep}『{subject}』{from} → {to}" },
            { "change.removed", "{element}{sep}删除『{subject}』" },
            { "change.removedWas", "{element}{sep}删除（原为 {from}）" },
            { "change.separator", "：" },
            { "change.setTo", "{element}{sep}新增 {to}" },
            // check
            { "check.failOnMustBeError", "--fail-on 只能是 error 或 warning" },
            // diagnostic
            { "diagnostic.messageAndFix", "{message}。修改方法：{fix}" },
            // diff
            { "diff.addedRemovedEdited", "{bullet}{file}：新增 {added}；删除 {removed}；修改 {edited}" },
            { "diff.catalogChange", "目录变更：{from} → {to}" },
            { "diff.channelPagesToRepublish", "{bullet}需重新发布的渠道页面 {pages} 个：{list}" },
            { "diff.impact", "影响范围" },
            { "diff.bundle", "一件事" },
            { "diff.implementation", "实施清单" },
            { "diff.implementations", "{bullet}实施清单 {implementations} 项：{list}" },
            { "diff.items", "事项" },
            { "diff.itemsAddedRemovedRetiredChanged", "{bullet}事项：新增 {added}，删除 {removed}，停用 {retired}，修改 {modified}" },
            { "diff.materialsAddedRemovedStepsAdded", "{bullet}申请材料：增加 {materialsAdded}，删除 {materialsRemoved}；办理环节：增加 {stepsAdded}，删除 {stepsRemoved}" },
            { "diff.more", " 等（另有 {count} 个）" },
            { "diff.noItemOrRegistryChanged", "没有事项或登记表发生变化。" },
            { "diff.promisedDays", "{bullet}承诺办结时限合计（变更的实施清单）：{before} → {after} 天（{delta}）" },
            { "diff.regionWithCode", "{name}（{code}）" },
            { "diff.regions", "{bullet}区划 {count} 个：{regions}" },
            { "diff.registries", "登记表" },
            { "diff.standard", "标准事项" },
            { "diff.unknownFormatChooseTextMd", "未知的输出格式『{format}』，可选：text、md、json" },
            { "diff.unreadableFilesRunCatalogCheck", "无法读取的文件（运行 catalog check 查看原因）" },
            // divergence
            { "divergence.theStandardHasThisHas", "{element}『{subject}』：标准为 {fromText}，此处为 {toText}" },
            { "divergence.theStandardHasThisHas2", "{element}：标准为 {fromText}，此处为 {toText}" },
            { "divergence.whichTheStandardDoesNot", "{describe}，标准中没有" },
            { "divergence.whichTheStandardHas", "{describe}，标准中有" },
            // elementComparer
            { "elementComparer.none", "（空）" },
            { "elementComparer.separator", "，" },
            // export
            { "export.exportedStandardItemsImplementationsRevision", "已导出 {file}：标准事项 {standards} 项，实施清单 {implementations} 项（来源版本 {revision}）" },
            { "export.hasSyntaxOrEncodingErrors", "{unreadable}: 有语法或编码错误，未导出（先运行 catalog check）" },
            { "export.nameTheWorkbook", "请指定要写入的工作簿：catalog export FILE.xlsx" },
            { "export.noteLoadErrorsTheFiles", "注意：目录有 {loadErrors} 个读取错误，相关文件不在表中；用 catalog check 查看。" },
            { "export.theParquetFormatNeedsAn", "parquet 格式需要用 -o 指定输出文件夹。" },
            { "export.unknownFormat", "不支持的格式『{format}』，可用：xlsx、parquet" },
            { "export.wroteParquetTables", "已写入 {directory}：{written} 个 Parquet 表" },
            // fleet
            { "fleet.bundleVersionNotCount", "bundleVersion 不是非负整数" },
            { "fleet.channelMissing", "缺少 channel" },
            { "fleet.channelStatusMissing", "channels 第 {number} 项缺少 status（channel-status.json 的网址或路径）" },
            { "fleet.channelsMissing", "缺少 channels 数组" },
            { "fleet.digestNotHex", "manifestSha256 不是 64 位十六进制" },
            { "fleet.formatIsNot", "format 不是 {format}" },
            { "fleet.formatMustBe", "format 须为 {format}" },
            { "fleet.httpStatus", "HTTP {status}" },
            { "fleet.maxBehindNotCount", "maxBehind 须为非负整数" },
            { "fleet.noSuchFile", "文件不存在" },
            { "fleet.noSuchVersion", "发布记录中没有这个版本" },
            { "fleet.noVersionOfChannel", "发布记录中没有 {channel} 渠道的任何版本" },
            { "fleet.notAJsonObject", "不是 JSON 对象" },
            { "fleet.notJson", "不是 JSON：{reason}" },
            { "fleet.notJsonAtLine", "不是 JSON（第 {line} 行）：{reason}" },
            { "fleet.notTheFormat", "不是 {format}" },
            { "fleet.publishedWithOtherDigest", "版本号 {version} 已发布，但发布的清单 SHA-256 为 {digest}" },
            { "fleet.readFailed", "{reason}" },
            { "fleet.releaseIncomplete", "第 {number} 个发布记录缺少 channel、bundleVersion 或 manifestSha256" },
            { "fleet.releasesLocationMissing", "缺少 releases（releases.json 的路径或网址）" },
            { "fleet.releasesMissing", "缺少 releases 数组" },
            { "fleet.tooLarge", "超过 {limit} 字节" },
            { "fleet.validUntilNotTime", "validUntil 不是时间" },
            // fmt
            { "fmt.error", "错误" },
            { "fmt.formatOutputOnlyGoWith", "--format/--output 只用于 fmt --check" },
            { "fmt.hasSyntaxOrEncodingErrors", "{path}: 有语法或编码错误，未处理（先运行 catalog check 查看）" },
            { "fmt.itsCommentsCouldNotBe", "{path}: 注释无法保留（行内列表 [ ] 之后的注释），未处理；请把该列表改为每项一行（- 项）后再运行" },
            { "fmt.rewroteOfFiles", "已改写 {changed} 个文件（共 {files} 个）" },
            // generate
            { "generate.cannotGenerate", "无法生成到『{dir}』：{reason}（未留下任何文件）" },
            { "generate.generatedRegionsAgenciesStandardItems", "已生成：区划 {regions} 个，实施主体 {agencies} 个，标准事项 {standards} 项，实施清单 {implementations} 项 → {dir}" },
            { "generate.implementationsMustBePositive", "--implementations 必须大于 0" },
            { "generate.outputFolderIsNotEmpty", "输出文件夹『{dir}』不是空的" },
            // guideCompleteness
            { "guideCompleteness.blankForm", "空白表格" },
            { "guideCompleteness.fillInNotes", "填写说明" },
            { "guideCompleteness.filledSample", "示例样表" },
            { "guideCompleteness.form", "材料形式" },
            { "guideCompleteness.numberOfCopies", "份数" },
            { "guideCompleteness.signatureSealRequirement", "签名签章要求" },
            // history
            { "history.formattingOrCommentsOnlyNo", "  （仅格式或注释变化，要素未变）" },
            { "history.historyOfItemChangesOldest", "事项 {code} 的变更记录（{entries} 次，按时间先后）" },
            { "history.itemIsFoundNeitherIn", "在 git 历史和工作区中都找不到事项 {code}" },
            { "history.noteThisIsAShallow", "提示：这是浅克隆（shallow clone），更早的历史不在本地；完整记录请先 git fetch --unshallow" },
            { "history.uncommitted", "（未提交）" },
            { "history.unknownFormatChooseTextOr", "未知的输出格式『{format}』，可选：text、json" },
            // import
            { "import.changed", "修改" },
            { "import.deletion", "删除 {path} [{code}] {list} {removed}/{total} 项：{names}" },
            { "import.dryRunSummary", "试运行：工作簿中 {items} 个事项，将写入 {count} 个文件（未写入）。" },
            { "import.errorsFoundNoFileWas", "有错误，未写入任何文件。" },
            { "import.new", "新增" },
            { "import.workbookNotFound", "找不到工作簿『{file}』" },
            { "import.writtenSummary", "工作簿中 {items} 个事项，已写入 {count} 个文件。" },
            // junitReporter
            { "junitReporter.summary", "汇总" },
            // keygen
            { "keygen.algorithmNkeyIdNprivateKey", "算法：{shown}\n密钥 ID：{keyId}\n私钥：{privatePath}（妥善保管，不要提交到仓库，不会进入发布包）\n公钥：{publicPath}（写入根元数据：catalog root --key 角色={publicFileName}；或交给各渠道用于 verify-bundle --key）" },
            { "keygen.keysAlreadyExistInAdd", "{dir} 中已有密钥；要替换请加 --force" },
            { "keygen.nameMustBeAPlain", "--name 只能是文件名前缀，不能含 / \\ : 或以 . 开头：{prefix}" },
            // list
            { "list.quoted", "『{name}』" },
            { "list.separator", "、" },
            // lock
            { "lock.catalogLockMergeNotFound", "catalog lock --merge：找不到『{file}』" },
            { "lock.codesAddedVersionsRaisedCodes", "{lockPath}：新增 {added} 个编码，{raised} 个版本提升，共 {entries} 个编码（其中已停用 {count} 个）" },
            { "lock.conflictsResolved", "{lockPath}：按合并后的事项文件解决了 {count} 个编码的合并冲突（{codes}）" },
            { "lock.mergeConflict", "catalog.lock 合并冲突：编码 {codes} 在两个分支上都有改动（其余编码已合并）。解决该事项文件的冲突后运行 catalog lock，再提交" },
            { "lock.noteHasNoCatalogLock", "提示：{baseName} 中没有 catalog.lock，不做版本比较" },
            { "lock.registeredTheCatalogLockMerge", "已在本仓库的 git 配置中登记 catalog.lock 合并驱动：{driverKey}={command}" },
            // outputPairing
            { "outputPairing.moreOutputThanFormatEach", "--output 比 --format 多：每个 --output 对应一个 --format" },
            { "outputPairing.outputPairsWithTheFormat", "--output {file} 属于紧邻其前的 --format {format}，但这个文件名是 {join} 文件；请把 --output {file} 写在 --format {value} 之后，例如 --format {format} --format {value} --output {file}" },
            // outputPlan
            { "outputPlan.onlyOneFormatCanGo", "只有一种格式可以输出到控制台，其余请用 --output 指定文件" },
            { "outputPlan.unknownFormat", "未知的输出格式『{format}』，可选：{formats}" },
            // pathFilter
            { "pathFilter.pathIsOutsideTheCatalog", "路径『{path}』不在目录 {catalogRoot} 中" },
            { "pathFilter.pathNotFound", "找不到路径『{path}』" },
            // publish
            { "publish.keepReleasesAtLeastOne", "--keep-releases 至少为 1（当前版本）" },
            { "publish.channelWritten", "{channel}：{items} 项事项，{files} 个文件（本次写入 {filesWritten} 个，渲染事项 {itemsRendered} 项，沿用未变的共享页面 {sharedPagesReused} 个），{signed} → {directory}" },
            { "publish.failure", "{what}：{message}" },
            { "publish.implementationsNotPublishedOfThem", "未发布的实施清单共 {notOffered} 项（其中标准事项已停用而仍在用的 {retiredStandard} 项，运行 catalog check 查看 CAT0035）" },
            { "publish.incrementalUpdateOnlyItemsChanged", "增量更新：只读取并渲染了自上次发布以来变化的事项" },
            { "publish.invalidSigningKey", "签名私钥无效：{keyError}" },
            { "publish.invalidTo", "--to 无效：{error}" },
            { "publish.itemsHaveCodesThatDo", "{skippedItems} 个事项的编码不符合编码方案，不能用作文件名或链接，未发布（未写入任何文件）：" },
            { "publish.keyFileNotFound", "找不到私钥文件『{file}』" },
            { "publish.noTemplatesFolderFoundIn", "找不到模板文件夹 templates/（目录中、目录旁或工具自带）" },
            { "publish.notPublished", "未发布 {code}：{reason}" },
            { "publish.noteNoPKeySo", "注意：没有 P-256 密钥，未写 manifest.sig（verify-bundle --key 将拒绝）；用 verify-bundle --root 按信任元数据校验。" },
            { "publish.noteNoSigningKeyKey", "注意：未提供签名私钥（--key 或 {keyVariable}），发布包未签名，verify-bundle 会拒绝。" },
            { "publish.noteTheCatalogIsNot", "注意：目录不在 git 仓库中，发布包时间使用当前时间 {time}，源提交记为 unversioned。" },
            { "publish.noteTheWorkTreeHas", "注意：工作区有未提交的修改，发布为新版本 {bundleVersion}（sourceCommit {commit}，sourceDirty，工作区摘要 {treeDigest}）；正式发布前请先提交。" },
            { "publish.publishFailed", "发布失败" },
            { "publish.publishFailed2", "发布失败：{message}" },
            { "publish.refused", "目录有 {errors} 个错误，未发布（未写入任何文件）。修正后再发布；{advice}" },
            { "publish.refusedErrorsOfNoItem", "这些错误不属于某一事项（登记表或 policy.yaml），--skip-invalid 不能跳过。" },
            { "publish.refusedTrySkipInvalid", "或用 --skip-invalid 只发布没有错误的事项。" },
            { "publish.rootMetadataFolderNotFound", "找不到根元数据文件夹『{trustFolder}』" },
            { "publish.signed", "已签名" },
            { "publish.sinceItemsAddedChangedRemoved", "  相对版本 {since}：新增事项 {addedItems}，变化 {changedItems}，删除 {removedItems}；变化文件 {changedFiles}，删除文件 {removedFiles}（见 delta.json）" },
            { "publish.skipInvalidCodesDoNot", "--skip-invalid：编码不符合编码方案，未发布 {item}" },
            { "publish.skipInvalidItemsWithErrors", "--skip-invalid：{leftOut} 个事项有错误，未发布：" },
            { "publish.templateError", "模板运行出错" },
            { "publish.templateError2", "模板运行出错：{message}" },
            { "publish.theBundleWouldBeExpired", "发布包生成即已过期：源提交时间 {time} 加 {validDays} 天为 {validUntil}，早于现在 {iso}。请提交修改后从新的提交发布，或用 --valid-days 延长有效期（最多 {maxValidDays} 天）。未写入任何文件。" },
            { "publish.timestampHoursMustBeBetween", "--timestamp-hours 必须在 1 到 8784 之间" },
            { "publish.unknownChannelChooseWebMobile", "未知渠道『{unknown}』，可选：web、mobile、kiosk、all" },
            { "publish.unsigned", "未签名" },
            { "publish.uploadToFailedTheLocal", "上传到 {target} 失败：{message}。本地发布已完成；存储中的读者仍看到上一个完整版本（清单在内容之后上传）。检查 AWS_ENDPOINT_URL、AWS_ACCESS_KEY_ID、AWS_SECRET_ACCESS_KEY 和存储桶后重新运行同样的命令，只会上传尚未上传的文件。" },
            { "publish.uploadedToFilesBytesUnchanged", "已上传到 {target}：{uploaded} 个文件（{bytesUploaded} 字节），未变 {unchanged} 个，删除 {deleted} 个" },
            { "publish.validDaysMustBeBetween", "--valid-days 必须在 1 到 {maxValidDays} 之间" },
            // pull
            { "pull.fetchedFilesReusedLocalOnes", "取得 {filesFetched} 个文件，复用本地 {filesReused} 个，接收 {bytesReceived} 字节（续传省去 {bytesResumed} 字节）" },
            { "pull.unknownChannelChooseWebMobile", "未知渠道『{name}』，可选：web、mobile、kiosk" },
            // query
            { "query.theQueryIsEmptyTables", "查询语句为空。表和列见 docs/query.md。" },
            { "query.theSqlCouldNotRun", "SQL 无法执行：{error}\n表和列见 docs/query.md（或运行 catalog query \"SELECT table_name, column_name FROM information_schema.columns\"）。" },
            { "query.theXlsxFormatNeedsAn", "xlsx 格式需要用 -o 指定输出文件。" },
            { "query.unknownFormatUseTableCsv", "不支持的格式『{format}』，可用：table、csv、json、xlsx" },
            { "query.wroteRows", "已写入 {output}：{rows} 行" },
            // release
            { "release.madeADefaultRootMetadata", "已生成默认根元数据 metadata/1.root.json（该密钥担任全部角色，阈值 1）；把它交给各渠道作为信任根" },
            { "release.needsSignaturesValidHoldersOf", "待签名：{file}（{role} 角色，有效签名 {valid}/{threshold}）：请持有 {role} 密钥的人运行 catalog sign OUT/{file} --key 私钥.pem，然后 catalog release OUT --key 在线密钥.pem" },
            { "release.noSnapshotOrTimestampWritten", "未签发快照和时间戳：渠道继续使用上一版本，直到签名齐全后运行 catalog release" },
            { "release.releasedVersion", "已签发：{snapshotFile}，{timestampFile}（第 {timestampVersion} 版）" },
            { "release.trustMetadata", "信任元数据：{targetsFile}" },
            // report
            { "report.noteLoadErrorsTheFiles", "注意：目录有 {errors} 个读取错误，相关文件未计入报告；用 catalog check 查看。" },
            { "report.unknownFormatUseHtmlXlsx", "不支持的格式『{format}』，可用：html、xlsx、json、md" },
            { "report.unknownTimeZoneGiveAn", "找不到时区『{timeZone}』；请用 IANA 时区名，如 Asia/Shanghai（北京时间）、Asia/Urumqi。" },
            { "report.wroteItemsFiguresMissed", "已写入 {output}：{regionName} 事项 {total} 项，指标 {figures} 项，未达标 {missedCount} 项" },
            // root
            { "root.expiresDaysMustBeBetween", "--expires-days 必须在 1 到 3660 之间" },
            { "root.invalidPublicKey", "公钥『{file}』无效：{error}" },
            { "root.keyMustBeRoleFile", "--key 应为 角色=文件（角色为 root、targets、snapshot、timestamp）：{pair}" },
            { "root.nextSignFirst", "下一步：root 角色的密钥持有人（至少 {threshold} 人）各自运行 catalog sign {target} --key 私钥.pem" },
            { "root.nextSignRotation", "下一步：旧根（第 {oldVersion} 版）root 密钥至少 {oldThreshold} 人、新根 root 密钥至少 {threshold} 人各自运行 catalog sign {target} --key 私钥.pem" },
            { "root.publicKeyFileNotFound", "找不到公钥文件『{file}』" },
            { "root.roleThresholdExceedsItsKeys", "角色 {role} 的阈值 {n} 大于密钥数 {chosen}" },
            { "root.theFirstRootNeedsKeys", "第一版根元数据须为每个角色给出密钥：缺少 --key {role}=FILE" },
            { "root.thePreviousRootCannotBe", "上一版根元数据『{file}』无法读取：{message}" },
            { "root.thresholdMustBeRolePositive", "--threshold 应为 角色=正整数：{pair}" },
            { "root.wroteUnsignedRootMetadataVersion", "已写出未签名的根元数据 {target}（第 {version} 版）" },
            // rules
            { "rules.rules", "共 {rules} 条规则" },
            { "rules.unknownFormatChooseTextJson", "未知的格式『{format}』，可选 text、json、md" },
            // sarif
            { "sarif.fixAndRulePage", "修改方法：{fix}（规则说明：{page}）" },
            // serve
            { "serve.bindMustBeAnIp", "--bind 必须是 IP 地址" },
            { "serve.folderNotFound", "找不到文件夹『{folder}』" },
            { "serve.servingAtCtrlCTo", "正在提供 {folder}：{address}（Ctrl+C 停止）" },
            { "serve.stopped", "已停止" },
            // sign
            { "sign.enoughSignatures", "，已足够" },
            { "sign.invalidPrivateKey", "私钥『{file}』无效：{error}" },
            { "sign.moreSignaturesNeeded", "，还需其他持有者签名" },
            { "sign.notTrustMetadata", "『{path}』不是信任元数据：{error}" },
            { "sign.rootVersion", "根元数据第 {version} 版" },
            { "sign.signedKey", "已签名：{path}（{type}，密钥 {keyId}）" },
            { "sign.thePreviousRootVersion", "上一版（第 {version} 版）" },
            { "sign.thisRootVersion", "本版（第 {version} 版）" },
            { "sign.typeIsNotARole", "_type 不是 root、targets、snapshot 或 timestamp" },
            { "sign.validSignatures", "  按{label}：{type} 角色有效签名 {valid} 个，需要 {need} 个{state}" },
            { "sign.wasReleasedBySnapshotWhich", "『{path}』已被快照 {released} 发布（快照记录了它的 SHA-256），再签名会使渠道拒绝它；内容有变时重新发布" },
            // textReporter
            { "textReporter.checkedFilesStandardItemsImplementations", "检查了 {files} 个文件（标准事项 {standardItems} 项，实施清单 {implementations} 项{registries}）" },
            { "textReporter.errorsWarningsInfosSuppressed", "{covered}：错误 {errors} 个，警告 {warnings} 个，提示 {infos} 个，已豁免 {suppressed} 个。" },
            { "textReporter.registryEntries", "，登记条目 {count} 条" },
            // typoHints
            { "typoHints.isNotACatalogCommand", "『{word}』不是 catalog 的命令或选项；是否想写 {meant}？" },
            // verifybundle
            { "verifybundle.accepted", "✓ {name}：{how}，版本 {version}，有效期至 {validUntil}，{files} 个文件完整" },
            { "verifybundle.invalidPublicKey", "公钥无效：{keyError}" },
            { "verifybundle.noBundleManifestJsonIn", "『{dir}』中没有发布包（manifest.json）" },
            { "verifybundle.noteTheFolderSName", "注意：无法从文件夹名得知该文件夹服务的渠道，未核对渠道；用 --channel 指定。" },
            { "verifybundle.passKeyThePublisherS", "需要 --key（发布方公钥）或 --root（信任的根元数据）" },
            { "verifybundle.problemsChannelsMustRefuseThis", "✗ {name}：{problems} 个问题，渠道必须拒绝该发布包" },
            { "verifybundle.publicKeyFileNotFound", "找不到公钥文件『{keyFile}』" },
            { "verifybundle.recordNeedsLastAcceptedTo", "--record 需要 --last-accepted 指明记录的位置" },
            { "verifybundle.recordedAsChannelSLast", "  已记为渠道 {name} 上次接受的版本" },
            { "verifybundle.rootMetadataCannotBeTrusted", "✗ 根元数据『{rootFile}』不可信任" },
            { "verifybundle.rootMetadataFileNotFound", "找不到根元数据文件『{rootFile}』" },
            { "verifybundle.signatureValid", "签名有效" },
            { "verifybundle.trustMetadataProblemsChannelsMust", "✗ 信任元数据：{problems} 个问题，渠道必须拒绝该版本" },
            { "verifybundle.trustMetadataValid", "信任元数据有效（根第 {rootVersion} 版，时间戳第 {timestampVersion} 版，有效期至 {expires}）" },
            { "verifybundle.trustRootVersionFollowedFrom", "信任根：第 {version} 版（从『{rootFile}』的第 {installed} 版沿轮换链验证）" },
            { "verifybundle.unknownChannelChooseWebMobile", "未知渠道『{role}』，可选：web、mobile、kiosk" },
            // write
            { "write.couldNotBeWrittenNo", "{relativePath}: 写入失败（{reason}），未改写任何文件（共 {count} 个待改写）" },
            { "write.noteAnInterruptedWriteHad", "注意：上次写入被中断且暂存文件已损坏，已恢复原文件（{where}，{note} 项）" },
            { "write.noteAnInterruptedWriteWas", "注意：上次写入被中断，已按日志完成（{where}，{note} 项）" },
            { "write.noteCouldNotCompleteOr", "注意：无法完成或撤销上次中断的写入（{message}）；下次运行会再试" },
            { "write.noteRemovedAnInterruptedWrite", "注意：已清除上次中断、尚未生效的写入（{where}）" },
            { "write.theFileIsReadOnly", "{relativePath}: 文件是只读的，未改写任何文件（共 {count} 个待改写）；取消只读后重新运行" },
        };
    }
}
