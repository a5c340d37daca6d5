using System.Diagnostics;
using System.Text;
using PeoplesCongress.Verifier;

// dotnet run --project src/Verifier -- <bundle.json> [--server-key <fingerprint>]
// Exit code: 0 every check holds, 1 a check fails, 2 the file cannot be read as a bundle (or the arguments are wrong).
Console.OutputEncoding = Encoding.UTF8;
string? path = null, serverKey = null;
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--server-key" && i + 1 < args.Length) serverKey = args[++i];
    else if (path is null && !args[i].StartsWith("--", StringComparison.Ordinal)) path = args[i];
    else return Usage($"无法识别的参数 {args[i]} / Unknown argument {args[i]}");
}
if (path is null) return Usage("请给出公告数据包文件 / Give a bundle file");

var clock = Stopwatch.StartNew();
PeoplesCongress.Contracts.PublicationBundle bundle;
try { bundle = BundleFile.Read(path); }
catch (UnreadableBundle unreadable)
{
    Console.WriteLine($"[无法读取 UNREADABLE] {unreadable.Chinese}");
    Console.WriteLine($"    {unreadable.Message}");
    return 2;
}
var report = BundleVerifier.Verify(bundle, serverKey);
ReportWriter.Write(Console.Out, path, bundle, report, clock.Elapsed);
return report.Holds ? 0 : 1;

static int Usage(string problem)
{
    Console.Error.WriteLine(problem);
    Console.Error.WriteLine("用法 / Usage: dotnet run --project src/Verifier -- <bundle.json> [--server-key <fingerprint>]");
    return 2;
}
