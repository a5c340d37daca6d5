using System.Text;
using MiniExcelLibs;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Roster;

namespace PeoplesCongress.VotingServer.Tests.Roster;

public sealed class RosterFileTests
{
    [Fact]
    public void CsvWithChineseHeadersAndStatusesIsRead()
    {
        var (rows, errors) = RosterFile.Read(Encoding.UTF8.GetBytes(
            "\uFEFF姓名,代表证号,代表团/组,状态,请假\n王建国,HK001,第一代表组,在任,否\n\n李秀英,HK002,\"第二组,城关\",暂停执行代表职务,\n张志强,HK003,,代表资格终止,是\n"));
        Assert.Empty(errors);
        Assert.Equal(
            [
                new RosterRow(2, "HK001", "王建国", "第一代表组", DeputyStatus.Current, false),
                new RosterRow(4, "HK002", "李秀英", "第二组,城关", DeputyStatus.Suspended, false),
                new RosterRow(5, "HK003", "张志强", "", DeputyStatus.Ended, true),
            ],
            rows);
    }

    [Fact]
    public void Gb18030CsvAsOlderExcelWritesItIsRead()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var (rows, errors) = RosterFile.Read(Encoding.GetEncoding("GB18030").GetBytes("姓名,代表证号\n刘丽华,A-7\n"));
        Assert.Empty(errors);
        Assert.Equal(new RosterRow(2, "A-7", "刘丽华", "", DeputyStatus.Current, OnLeave: null), Assert.Single(rows));
    }

    [Fact]
    public void XlsxIsRead()
    {
        using var stream = new MemoryStream();
        stream.SaveAs(new[]
        {
            new Dictionary<string, object> { ["代表证号"] = "X01", ["姓名"] = "陈海涛", ["代表组"] = "第三代表组" },
            new Dictionary<string, object> { ["代表证号"] = "X02", ["姓名"] = "杨春梅", ["代表组"] = "第三代表组" },
        }, excelType: ExcelType.XLSX);
        var (rows, errors) = RosterFile.Read(stream.ToArray());
        Assert.Empty(errors);
        Assert.Equal(["X01", "X02"], rows.Select(r => r.Number));
        Assert.Equal(3, rows[1].Row);
    }

    [Fact]
    public void EveryBadRowIsReportedByNumberAndNothingIsRead()
    {
        var (rows, errors) = RosterFile.Read(Encoding.UTF8.GetBytes(
            "姓名,代表证号,状态,请假\n王建国,HK001,在任,否\n,HK002,在任,否\n李秀英,HK001,在任,否\n张志强,HK004,休假,否\n周明,HK005,在任,也许\n"));
        Assert.Empty(rows);
        Assert.Equal(
            [
                (3, "姓名不能为空。"),
                (4, "代表证号“HK001”与第2行重复。"),
                (5, "状态“休假”无法识别，应为“在任”“暂停执行代表职务”或“代表资格终止”。"),
                (6, "请假一栏“也许”无法识别，应为“是”或“否”。"),
            ],
            errors.Select(e => (e.Row, e.Message)));
    }

    [Theory]
    [InlineData("代表证号,代表团\nHK001,一组\n", "表头缺少“姓名”列")]
    [InlineData("", "文件为空")]
    [InlineData("姓名,代表证号\n", "名册中没有代表")]
    public void AFileWithoutDeputiesIsRefused(string csv, string message)
    {
        var (rows, errors) = RosterFile.Read(Encoding.UTF8.GetBytes(csv));
        Assert.Empty(rows);
        Assert.Contains(message, Assert.Single(errors).Message);
    }
}
