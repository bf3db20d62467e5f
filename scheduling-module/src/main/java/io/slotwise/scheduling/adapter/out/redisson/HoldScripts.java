package io.slotwise.scheduling.adapter.out.redisson;

/**
 * The Lua scripts behind {@link RedissonSlotHolds}. Each runs atomically inside Redis, so
 * "check every resource, then claim them all" cannot interleave with another placement.
 *
 * <p>
 * Data layout: one sorted set per resource ({@code held:<resourceId>}) whose members are
 * {@code <holdId>|<startMs>|<endMs>} scored by the hold's expiry; one sorted set per
 * patient ({@code holder:<patientId>}) of hold ids by expiry; one hash per hold; one
 * global sorted set ({@code expiring}) that the expiry notices drain. "Live" always means
 * {@code expiry > now}, and {@code now} is Redis's own clock ({@code TIME}), so instances
 * whose clocks drift apart still agree on which holds are live; only under a test clock
 * does {@code ARGV[1]} carry that clock's instant instead, so expiry stays exact and
 * testable without sleeping (ADR 0014). Redis TTLs only collect garbage.
 */
final class HoldScripts {

	private HoldScripts() {
	}

	/**
	 * "now" in epoch millis: Redis's own clock when ARGV[1] is {@code redis}
	 * (production), else the test clock's instant passed in ARGV[1]. TIME before writes
	 * is fine: scripts replicate their effects (Redis 5+), not their code.
	 */
	static final String NOW = """
			local now
			if ARGV[1] == 'redis' then
			  local clock = redis.call('TIME')
			  now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
			else
			  now = tonumber(ARGV[1])
			end
			local function ms(value) return string.format('%d', value) end
			""";

	/**
	 * A Lua function appending "index|startMs|endMs" to {@code out} for every live hold
	 * on {@code KEYS[first..last]} (index counted from 1 at {@code first}); needs
	 * {@link #NOW}.
	 */
	static final String LIVE_HOLDS = """
			local function live_holds(out, first, last)
			  for i = first, last do
			    local live = redis.call('ZRANGEBYSCORE', KEYS[i], '(' .. ms(now), '+inf')
			    for _, member in ipairs(live) do
			      local s, e = string.match(member, '|(%d+)|(%d+)$')
			      table.insert(out, (i - first + 1) .. '|' .. s .. '|' .. e)
			    end
			  end
			end
			""";

	/**
	 * KEYS: hold, holder, expiring, then one key per candidate resource, group by group.
	 * ARGV: clock ('redis' or a test clock's millis), ttlMs, holdId, startMs, endMs,
	 * maxLive, gcMs, holder, practitioner, location, visitType, groupCount, group
	 * sizes..., resource descriptors (KIND:id)... Returns {'OK', chosen descriptors,
	 * expiresAtMs} | {'LIMIT'} | {'BLOCKED', untilMs, index of the first blocked group,
	 * 1-based}.
	 */
	static final String PLACE = NOW + """
			local expiresAt = ms(now + tonumber(ARGV[2]))
			local startMs = tonumber(ARGV[4])
			local endMs = tonumber(ARGV[5])
			local gc = tonumber(ARGV[7])
			redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ms(now))
			if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[6]) then
			  return {'LIMIT'}
			end
			local function blockedUntil(key)
			  redis.call('ZREMRANGEBYSCORE', key, '-inf', ms(now))
			  local live = redis.call('ZRANGE', key, 0, -1, 'WITHSCORES')
			  local latest = 0
			  for i = 1, #live, 2 do
			    local s, e = string.match(live[i], '|(%d+)|(%d+)$')
			    if tonumber(s) < endMs and startMs < tonumber(e) then
			      local expiry = tonumber(live[i + 1])
			      if expiry > latest then latest = expiry end
			    end
			  end
			  return latest
			end
			local groups = tonumber(ARGV[12])
			local keyIndex = 4
			local descIndex = 13 + groups
			local chosenKeys = {}
			local chosen = {}
			local blocked = 0
			local blockedGroup = 0
			for g = 1, groups do
			  local size = tonumber(ARGV[12 + g])
			  local pick = nil
			  local earliest = nil
			  for c = 0, size - 1 do
			    if pick == nil then
			      local until_ = blockedUntil(KEYS[keyIndex + c])
			      if until_ == 0 then
			        pick = c
			      elseif earliest == nil or until_ < earliest then
			        earliest = until_
			      end
			    end
			  end
			  if pick == nil then
			    if blockedGroup == 0 then blockedGroup = g end
			    if earliest ~= nil and earliest > blocked then blocked = earliest end
			    if earliest == nil then blocked = -1 end
			  else
			    table.insert(chosenKeys, KEYS[keyIndex + pick])
			    table.insert(chosen, ARGV[descIndex + pick])
			  end
			  keyIndex = keyIndex + size
			  descIndex = descIndex + size
			end
			if blocked ~= 0 then
			  return {'BLOCKED', string.format('%d', blocked), tostring(blockedGroup)}
			end
			local member = ARGV[3] .. '|' .. ARGV[4] .. '|' .. ARGV[5]
			for _, key in ipairs(chosenKeys) do
			  redis.call('ZADD', key, expiresAt, member)
			  if redis.call('PTTL', key) < gc then redis.call('PEXPIRE', key, gc) end
			end
			local resources = table.concat(chosen, ',')
			redis.call('HSET', KEYS[1], 'holder', ARGV[8], 'practitioner', ARGV[9], 'location', ARGV[10],
			  'visitType', ARGV[11], 'start', ARGV[4], 'end', ARGV[5], 'expiresAt', expiresAt, 'extensions', '0',
			  'resources', resources)
			redis.call('PEXPIRE', KEYS[1], gc)
			redis.call('ZADD', KEYS[2], expiresAt, ARGV[3])
			if redis.call('PTTL', KEYS[2]) < gc then redis.call('PEXPIRE', KEYS[2], gc) end
			redis.call('ZADD', KEYS[3], expiresAt, ARGV[3])
			return {'OK', resources, expiresAt}
			""";

	/**
	 * KEYS: one per resource. ARGV: clock ('redis' or a test clock's millis). Returns
	 * "index|startMs|endMs" for every live hold on the resources (index is the 1-based
	 * position in KEYS).
	 */
	static final String HELD = NOW + LIVE_HOLDS + """
			local out = {}
			live_holds(out, 1, #KEYS)
			return out
			""";

	/**
	 * KEYS: hold, holder, expiring, then the hold's resource keys. ARGV: clock ('redis'
	 * or a test clock's millis), holder, ttlMs, maxExtensions, gcMs, holdId. Returns
	 * {'OK'} | {'MISSING'} | {'EXPIRED'} | {'LIMIT'}.
	 */
	static final String EXTEND = NOW + """
			if redis.call('EXISTS', KEYS[1]) == 0 then return {'MISSING'} end
			local h = redis.call('HMGET', KEYS[1], 'holder', 'expiresAt', 'extensions', 'start', 'end')
			if h[1] ~= ARGV[2] then return {'MISSING'} end
			if tonumber(h[2]) <= now then return {'EXPIRED'} end
			local newExpiry = ms(now + tonumber(ARGV[3]))
			if tonumber(h[3]) >= tonumber(ARGV[4]) then return {'LIMIT'} end
			local gc = tonumber(ARGV[5])
			local member = ARGV[6] .. '|' .. h[4] .. '|' .. h[5]
			for i = 4, #KEYS do
			  redis.call('ZADD', KEYS[i], 'XX', newExpiry, member)
			  if redis.call('PTTL', KEYS[i]) < gc then redis.call('PEXPIRE', KEYS[i], gc) end
			end
			redis.call('HSET', KEYS[1], 'expiresAt', newExpiry)
			redis.call('HINCRBY', KEYS[1], 'extensions', 1)
			redis.call('PEXPIRE', KEYS[1], gc)
			redis.call('ZADD', KEYS[2], 'XX', newExpiry, ARGV[6])
			if redis.call('PTTL', KEYS[2]) < gc then redis.call('PEXPIRE', KEYS[2], gc) end
			redis.call('ZADD', KEYS[3], 'XX', newExpiry, ARGV[6])
			return {'OK'}
			""";

	/**
	 * KEYS: hold, holder, expiring, then the hold's resource keys. ARGV: holdId, member.
	 * Returns 1 if the hold existed.
	 */
	static final String REMOVE = """
			for i = 4, #KEYS do redis.call('ZREM', KEYS[i], ARGV[2]) end
			redis.call('ZREM', KEYS[2], ARGV[1])
			redis.call('ZREM', KEYS[3], ARGV[1])
			return {redis.call('DEL', KEYS[1])}
			""";

	/**
	 * KEYS: expiring. ARGV: clock ('redis' or a test clock's millis), max. Removes and
	 * returns the ids of holds that expired at or before now, so each is announced by one
	 * caller only.
	 */
	static final String TAKE_EXPIRED = NOW + """
			local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ms(now), 'LIMIT', 0, tonumber(ARGV[2]))
			if #ids > 0 then redis.call('ZREM', KEYS[1], unpack(ids)) end
			return ids
			""";

}
