using System.Text;
using PeoplesCongress.Tally.Records;

namespace PeoplesCongress.Tally.Tests;

public class AuditChainTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 8, 30, 0, TimeSpan.FromHours(8));

    private static List<StoredEntry> Chain(int count)
    {
        var entries = new List<StoredEntry>();
        var previous = AuditChain.Genesis;
        for (var i = 1; i <= count; i++)
        {
            var entry = new ChainEntry(i, Start.AddSeconds(i).AddTicks(i), i % 2 == 0 ? 7 : null, i % 2 == 0 ? "presidium" : null,
                i % 2 == 0 ? "张三" : "服务器", i % 2 == 0 ? "10.0.0.5" : null, "ballot-opened", 1, i, $"第 {i} 项表决开始");
            var hash = AuditChain.Hash(previous, entry);
            entries.Add(new StoredEntry(entry, previous, hash));
            previous = hash;
        }
        return entries;
    }

    [Fact]
    public void An_untouched_chain_is_intact_and_its_head_is_the_last_hash()
    {
        var chain = Chain(5);
        var check = AuditChain.Verify(chain);
        Assert.True(check.Intact);
        Assert.Equal(5, check.Entries);
        Assert.Equal(chain[^1].Hash, check.Head);
    }

    [Fact]
    public void An_empty_record_is_intact_with_the_genesis_as_head()
    {
        var check = AuditChain.Verify([]);
        Assert.True(check.Intact);
        Assert.Equal(AuditChain.Genesis, check.Head);
    }

    [Fact]
    public void The_hash_is_sha256_of_the_documented_encoding()
    {
        var entry = new ChainEntry(1, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), null, null, "a", null, "b", null, null, "");
        var bytes = AuditChain.Encode(AuditChain.Genesis, entry);
        Assert.StartsWith("PC-AUDIT-1", Encoding.ASCII.GetString(bytes));
        Assert.Contains("2026-01-02T03:04:05.0000000Z", Encoding.UTF8.GetString(bytes));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), AuditChain.Hash(AuditChain.Genesis, entry));
    }

    [Fact]
    public void The_time_is_hashed_in_utc_whatever_its_offset()
    {
        var entry = Chain(1)[0].Entry;
        Assert.Equal(AuditChain.Hash(AuditChain.Genesis, entry),
            AuditChain.Hash(AuditChain.Genesis, entry with { At = entry.At.ToUniversalTime() }));
    }

    [Fact]
    public void Fields_that_run_together_do_not_encode_alike()
    {
        var a = new ChainEntry(1, Start, null, null, "ab", "c", "x", null, null, "s");
        var b = a with { Name = "a", Address = "bc" };
        var c = a with { Address = null };
        var d = a with { Address = "" };
        var hashes = new[] { a, b, c, d }.Select(e => AuditChain.Hash(AuditChain.Genesis, e)).ToList();
        Assert.Equal(4, hashes.Distinct().Count());
    }

    [Fact]
    public void One_changed_field_is_found_at_its_entry()
    {
        var chain = Chain(5);
        chain[2] = chain[2] with { Entry = chain[2].Entry with { Summary = "第 3 项表决开始（改）" } };
        var problem = AuditChain.Verify(chain).Problem!;
        Assert.Equal(3, problem.EntryId);
        Assert.Equal(ChainProblemKind.Changed, problem.Kind);
        Assert.Equal("audit-chain-changed", problem.Code);
        Assert.Contains("内容与其校验值不符", problem.Reason);
    }

    [Fact]
    public void A_changed_entry_whose_hash_was_recomputed_breaks_the_next_link()
    {
        var chain = Chain(5);
        var changed = chain[2].Entry with { Name = "李四" };
        chain[2] = chain[2] with { Entry = changed, Hash = AuditChain.Hash(chain[2].PrevHash!, changed) };
        var problem = AuditChain.Verify(chain).Problem!;
        Assert.Equal(4, problem.EntryId);
        Assert.Equal(ChainProblemKind.Relinked, problem.Kind);
        Assert.Contains("不是第 3 条的校验值", problem.Reason);
    }

    [Fact]
    public void Two_swapped_entries_are_found_where_the_order_breaks()
    {
        var chain = Chain(5);
        (chain[1], chain[2]) = (chain[2], chain[1]);
        var problem = AuditChain.Verify(chain).Problem!;
        Assert.Equal(3, problem.EntryId);
        Assert.Equal(ChainProblemKind.Reordered, problem.Kind);
        Assert.Equal("audit-chain-reordered", problem.Code);
        Assert.Contains("第 3 条出现在第 1 条之后", problem.Reason);
    }

    [Fact]
    public void Two_entries_that_swapped_contents_but_kept_their_ids_are_found()
    {
        var chain = Chain(5);
        var (second, third) = (chain[1], chain[2]);
        chain[1] = third with { Entry = third.Entry with { Id = 2 } };
        chain[2] = second with { Entry = second.Entry with { Id = 3 } };
        var problem = AuditChain.Verify(chain).Problem!;
        Assert.Equal(2, problem.EntryId);
        Assert.Equal(ChainProblemKind.Changed, problem.Kind);
    }

    [Fact]
    public void One_removed_entry_is_found_as_missing()
    {
        var chain = Chain(5);
        chain.RemoveAt(2);
        var problem = AuditChain.Verify(chain).Problem!;
        Assert.Equal(4, problem.EntryId);
        Assert.Equal(ChainProblemKind.Missing, problem.Kind);
        Assert.Equal("audit-chain-missing", problem.Code);
        Assert.Contains("缺少第 3–3 条", problem.Reason);
    }

    [Fact]
    public void An_entry_without_a_hash_is_found()
    {
        var chain = Chain(3);
        chain[1] = chain[1] with { Hash = null };
        var problem = AuditChain.Verify(chain).Problem!;
        Assert.Equal(2, problem.EntryId);
        Assert.Equal(ChainProblemKind.Unchained, problem.Kind);
    }

    [Fact]
    public void A_part_of_the_record_is_checked_from_a_given_previous_hash()
    {
        var chain = Chain(5);
        Assert.True(AuditChain.Verify(chain.Skip(2), chain[1].Hash).Intact);
        Assert.Equal(ChainProblemKind.Relinked, AuditChain.Verify(chain.Skip(2)).Problem!.Kind);
    }
}
