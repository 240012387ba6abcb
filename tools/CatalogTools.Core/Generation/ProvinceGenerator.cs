using CatalogTools.Core.Codes;
using CatalogTools.Core.Formatting;
using CatalogTools.Core.Model;
using CatalogTools.Core.Progress;

namespace CatalogTools.Core.Generation;

public sealed record GenerationStats(int Regions, int Agencies, int Standards, int Implementations);

/// <summary>
/// Writes a synthetic province of a given number of implementations, deterministic for a seed,
/// that passes `check`. Its shape follows domain.md: per county about 900 county items,
/// 10 townships of 120 and 50 villages of 35.
/// </summary>
public sealed class ProvinceGenerator(int implementations, int seed)
{
    private const int StandardCount = 1000;
    private const int CountyItems = 900;
    private const int TownshipItems = 120;
    private const int VillageItems = 35;
    private const int TownshipsPerCounty = 10;
    private const int VillagesPerTownship = 5;
    private const string Province = "360000";

    private static readonly string[] Departments = ["公安局", "市场监督管理局", "民政局", "人力资源和社会保障局", "卫生健康局", "交通运输局", "自然资源局", "住房和城乡建设局", "教育局", "农业农村局"];
    private static readonly string[] Topics = ["登记", "许可", "备案", "认定", "核准", "补贴发放", "证明办理", "变更", "注销", "延续"];
    private static readonly string[] Subjects = ["户籍", "营业执照", "社会救助", "就业", "医疗机构", "道路运输", "林木采伐", "建设工程", "教师资格", "农机"];

    private readonly Random _random = new(seed);
    private int _organizationCounter = 10_000_000 + seed % 1000 * 1000;

    /// <summary>Told how many implementation files are written so far; the CLI shows it on a terminal.</summary>
    public IProgress<WorkProgress>? Progress { get; init; }

    public GenerationStats Write(string directory)
    {
        var root = Path.GetFullPath(directory);
        var counties = (int)Math.Ceiling(implementations / (double)(CountyItems + TownshipsPerCounty * TownshipItems + TownshipsPerCounty * VillagesPerTownship * VillageItems));
        var regions = new YamlText().Line(0, "# yaml-language-server: $schema=../../schemas/regions.schema.json").Line(0, "regions:");
        var agencies = new YamlText().Line(0, "# yaml-language-server: $schema=../../schemas/agencies.schema.json").Line(0, "agencies:");
        AddRegion(regions, Province, "合成省", "省级", null);
        var regionCount = 1;
        var agencyCount = 0;
        var written = 0;
        var standards = BuildStandards();
        WriteStandards(root, standards);
        var progress = new ProgressCounter(Progress, WorkStep.Generating, implementations).Start();

        for (var c = 0; c < counties && written < implementations; c++)
        {
            var city = $"36{c / 12 + 1:D2}00";
            if (c % 12 == 0)
            {
                AddRegion(regions, city, $"合成{c / 12 + 1}市", "市级", Province);
                regionCount++;
            }
            var county = $"36{c / 12 + 1:D2}{c % 12 + 1:D2}";
            AddRegion(regions, county, $"合成{c + 1}县", "县级", city);
            regionCount++;
            var departmentCodes = new string[Departments.Length];
            for (var d = 0; d < Departments.Length; d++)
            {
                departmentCodes[d] = NextCreditCode("11", county);
                AddAgency(agencies, departmentCodes[d], $"合成{c + 1}县{Departments[d]}", county);
                agencyCount++;
            }
            for (var i = 0; i < CountyItems && written < implementations; i++, written++)
            {
                WriteImplementation(root, standards[i], county, departmentCodes[i % Departments.Length], i);
                progress.Increment();
            }
            for (var t = 0; t < TownshipsPerCounty && written < implementations; t++)
            {
                var township = $"{county}{100 + t:D3}000";
                AddRegion(regions, township, $"合成{c + 1}县第{t + 1}镇", "乡级", county);
                regionCount++;
                var government = NextCreditCode("11", county);
                AddAgency(agencies, government, $"合成{c + 1}县第{t + 1}镇人民政府", township);
                agencyCount++;
                for (var i = 0; i < TownshipItems && written < implementations; i++, written++)
                {
                    WriteImplementation(root, standards[i], township, government, i);
                    progress.Increment();
                }
                for (var v = 0; v < VillagesPerTownship && written < implementations; v++)
                {
                    var village = $"{county}{100 + t:D3}{v + 1:D3}";
                    AddRegion(regions, village, $"合成{c + 1}县第{t + 1}镇第{v + 1}村", "村级", township);
                    regionCount++;
                    var committee = NextCreditCode("54", county);
                    AddAgency(agencies, committee, $"合成{c + 1}县第{t + 1}镇第{v + 1}村村民委员会", village);
                    agencyCount++;
                    for (var i = 0; i < VillageItems && written < implementations; i++, written++)
                    {
                        WriteImplementation(root, standards[i], village, committee, i);
                        progress.Increment();
                    }
                }
            }
        }
        CatalogFormatter.WriteAtomically(Path.Combine(root, "registries/regions.yaml"), regions.ToString());
        CatalogFormatter.WriteAtomically(Path.Combine(root, "registries/agencies.yaml"), agencies.ToString());
        WriteFixedRegistries(root);
        return new GenerationStats(regionCount, agencyCount, standards.Count, written);
    }

    private sealed record SyntheticStandard(string Code, string Name, string Type, string Object, int StatutoryDays, bool Immediate, string Law, int Index, string Yaml);

    private List<SyntheticStandard> BuildStandards()
    {
        var list = new List<SyntheticStandard>(StandardCount);
        for (var i = 0; i < StandardCount; i++)
        {
            var type = Vocabulary.ItemTypes[i % Vocabulary.ItemTypes.Count];
            var code = $"{TypeCode(type)}{i + 1:D5}001";
            var name = $"{Subjects[i % Subjects.Length]}{Topics[i / Subjects.Length % Topics.Length]}（第{i + 1}项）";
            var obj = i % 3 == 0 ? Vocabulary.LegalPerson : Vocabulary.NaturalPerson;
            var immediate = i % 2 == 0;
            var statutory = immediate ? 1 + _random.Next(5) : 20 + 10 * _random.Next(5);
            var law = $"合成省政务服务管理条例第{i % 20 + 1}部分";
            var y = new YamlText()
                .Line(0, "# yaml-language-server: $schema=../../schemas/standard-item.schema.json")
                .Pair(0, "code", code).Pair(0, "name", name).Pair(0, "type", type)
                .Line(0, "serviceObjects:").Item(2, obj)
                .Pair(0, "status", Vocabulary.Active)
                .Line(0, "levels:").Item(2, "县级");
            if (i < TownshipItems) y.Item(2, "乡级");
            if (i < VillageItems) y.Item(2, "村级");
            y.Line(0, "basis:").Pair(2, "- law", law).Pair(4, "article", $"第{i % 50 + 1}条")
                .Line(0, "conditions:").Item(2, "申请人符合法定条件")
                .Line(0, "statutoryLimit:").Raw(2, "days", statutory.ToString()).Pair(2, "unit", Vocabulary.WorkingDays)
                .Line(0, "materials:");
            AppendMaterials(y, 2, i);
            y.Line(0, "steps:")
                .Pair(2, "- name", "受理").Raw(4, "order", "1")
                .Pair(2, "- name", "审查").Raw(4, "order", "2")
                .Pair(2, "- name", "决定").Raw(4, "order", "3")
                .Line(0, "fees:").Pair(2, "- name", name).Raw(4, "charged", "false")
                .Line(0, "notes:").Item(2, "本事项为合成数据，用于性能测试");
            list.Add(new SyntheticStandard(code, name, type, obj, statutory, immediate, law, i, y.ToString()));
        }
        return list;
    }

    private static void AppendMaterials(YamlText y, int indent, int i)
    {
        y.Pair(indent, "- name", "申请表").Pair(indent + 2, "form", "原件").Raw(indent + 2, "copies", "1").Raw(indent + 2, "required", "true").Raw(indent + 2, "signature", "true").Pair(indent + 2, "source", "申请人自备");
        y.Pair(indent, "- name", "居民身份证").Pair(indent + 2, "form", "电子").Raw(indent + 2, "required", "true").Pair(indent + 2, "source", "政府部门核发").Pair(indent + 2, "licence", "DZZZ-0001").Raw(indent + 2, "exempt", "true");
        for (var k = 0; k < i % 4; k++)
        {
            y.Pair(indent, "- name", $"相关证明材料{k + 1}").Pair(indent + 2, "form", "复印件").Raw(indent + 2, "copies", "1").Raw(indent + 2, "required", "true").Pair(indent + 2, "source", "申请人自备");
        }
    }

    private static void WriteStandards(string root, List<SyntheticStandard> standards)
    {
        foreach (var s in standards)
        {
            CatalogFormatter.WriteAtomically(Path.Combine(root, "standards", s.Code + ".yaml"), s.Yaml);
        }
    }

    private static void WriteImplementation(string root, SyntheticStandard standard, string region, string agency, int ordinal)
    {
        var code = $"{standard.Code}-{region}-{agency}";
        var days = standard.Immediate ? 0 : Math.Max(1, standard.StatutoryDays / 5);
        var area = region.Substring(2, 2);
        var y = new YamlText()
            .Line(0, "# yaml-language-server: $schema=../../../schemas/implementation.schema.json")
            .Pair(0, "code", code).Pair(0, "standard", standard.Code).Pair(0, "region", region).Pair(0, "agency", agency)
            .Pair(0, "status", Vocabulary.Active)
            .Line(0, "promisedLimit:").Raw(2, "days", days.ToString()).Pair(2, "unit", Vocabulary.WorkingDays)
            .Pair(0, "handlingType", standard.Immediate ? Vocabulary.Immediate : Vocabulary.Promised)
            .Pair(0, "address", $"合成省政务服务中心（区划 {region}）一楼综合窗口")
            .Pair(0, "hours", "工作日 9:00-12:00，13:30-17:00")
            .Line(0, "consultation:").Pair(2, "phone", $"07{area}-8{region.Substring(4, 2)}{ordinal % 10000:D4}").Pair(2, "email", $"zwfw{region}@example.gov.cn")
            .Line(0, "complaint:").Pair(2, "phone", "12345").Pair(2, "email", $"jd{region}@example.gov.cn")
            .Line(0, "appointment:").Raw(2, "supported", "true").Pair(2, "methods", "网上预约")
            .Pair(0, "onlineDepth", "四级")
            .Raw(0, "visits", "0")
            .Line(0, "channels:").Item(2, "网上办事大厅").Item(2, "政务服务移动端").Item(2, "窗口")
            .Pair(0, "crossRegion", "省内通办");
        // One office in twenty fills in its own (identical) copy of the materials, as real offices do.
        if (ordinal % 20 == 7)
        {
            y.Line(0, "materials:");
            AppendMaterials(y, 2, standard.Index);
        }
        var folder = Path.Combine(root, "implementations", region);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, code + ".yaml"), y.ToString(), CatalogFormatter.Utf8NoBom);
    }

    private static void AddRegion(YamlText regions, string code, string name, string level, string? parent)
    {
        regions.Pair(2, "- code", code).Pair(4, "name", name).Pair(4, "level", level);
        if (parent is not null) regions.Pair(4, "parent", parent);
    }

    private static void AddAgency(YamlText agencies, string code, string name, string region) =>
        agencies.Pair(2, "- code", code).Pair(4, "name", name).Pair(4, "region", region);

    private string NextCreditCode(string registrationType, string region6) =>
        CreditCode.Build(registrationType, region6, (_organizationCounter++).ToString("D8"));

    private static string TypeCode(string type) => type switch
    {
        "行政许可" => "XK",
        "行政给付" => "JF",
        "行政确认" => "QR",
        "行政征收" => "ZS",
        "行政裁决" => "CJ",
        "行政奖励" => "JL",
        "行政检查" => "JC",
        "其他行政权力" => "QT",
        _ => "GG",
    };

    private static void WriteFixedRegistries(string root)
    {
        var laws = new YamlText().Line(0, "# yaml-language-server: $schema=../../schemas/laws.schema.json").Line(0, "laws:");
        for (var i = 0; i < 20; i++)
        {
            laws.Pair(2, "- title", $"合成省政务服务管理条例第{i + 1}部分").Pair(4, "documentNumber", $"合成省人大常委会公告第{i + 1}号").Pair(4, "issuer", "合成省人民代表大会常务委员会").Pair(4, "status", "有效");
        }
        CatalogFormatter.WriteAtomically(Path.Combine(root, "registries/laws.yaml"), laws.ToString());
        CatalogFormatter.WriteAtomically(Path.Combine(root, "registries/cancelled-proofs.yaml"), new YamlText()
            .Line(0, "# yaml-language-server: $schema=../../schemas/cancelled-proofs.schema.json").Line(0, "proofs:")
            .Pair(2, "- name", "亲属关系证明").Pair(4, "document", "合成省证明事项清理公告")
            .Pair(2, "- name", "居住证明").Pair(4, "document", "合成省证明事项清理公告").ToString());
        CatalogFormatter.WriteAtomically(Path.Combine(root, "registries/e-licences.yaml"), new YamlText()
            .Line(0, "# yaml-language-server: $schema=../../schemas/e-licences.schema.json").Line(0, "licences:")
            .Pair(2, "- code", "DZZZ-0001").Pair(4, "name", "居民身份证").Pair(4, "issuer", "公安机关")
            .Pair(2, "- code", "DZZZ-0002").Pair(4, "name", "营业执照").Pair(4, "issuer", "市场监督管理部门").ToString());
        CatalogFormatter.WriteAtomically(Path.Combine(root, "policy.yaml"), new YamlText()
            .Line(0, "# yaml-language-server: $schema=../schemas/policy.schema.json")
            .Line(0, "thresholds:").Raw(2, "compressionNaturalPerson", "0.75").Raw(2, "compressionLegalPerson", "0.7")
            .Line(0, "severity: {}").ToString());
    }
}
