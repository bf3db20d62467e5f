package io.slotwise.scheduling.adapter.out.redisson;

/**
 * The Lua scripts behind {@link RedissonGroupHolds}: a bundle hold claims, in one atomic
 * step, one resource per requirement for every member, in the same per-resource sorted
 * sets as single holds ({@link HoldScripts}), so single and bundle holds see each other.
 * A member's claim is {@code <holdId>#<member>|<startMs>|<endMs>}, scored by the bundle's
 * expiry. The bundle counts once in its holder's set of live holds.
 */
final class GroupHoldScripts {

	private GroupHoldScripts() {
	}

	/**
	 * KEYS: hold, holder, then one key per candidate resource, member by member,
	 * requirement by requirement. ARGV: clock ('redis' or a test clock's millis, as for
	 * single holds: liveness on Redis's own clock, ADR 0014), ttlMs, holdId, maxLive,
	 * gcMs, holder, memberCount, then per member: startMs, endMs, requirementCount,
	 * sizes..., descriptors (KIND:id)...; last the members' description to store. Claims
	 * made for an earlier member count for the later ones, so two members at one time
	 * never get the same room. Returns {'OK', chosen descriptors (',' within a member,
	 * ';' between members), expiresAtMs} | {'LIMIT'} | {'BLOCKED', untilMs, member
	 * (1-based), requirement (1-based)}.
	 */
	static final String PLACE = HoldScripts.NOW + """
			local expiresAt = ms(now + tonumber(ARGV[2]))
			local gc = tonumber(ARGV[5])
			redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ms(now))
			if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[4]) then
			  return {'LIMIT'}
			end
			local pending = {}
			local function blockedUntil(key, startMs, endMs)
			  local live = redis.call('ZRANGEBYSCORE', key, '(' .. ms(now), '+inf', 'WITHSCORES')
			  local latest = 0
			  for i = 1, #live, 2 do
			    local s, e = string.match(live[i], '|(%d+)|(%d+)$')
			    if tonumber(s) < endMs and startMs < tonumber(e) then
			      local expiry = tonumber(live[i + 1])
			      if expiry > latest then latest = expiry end
			    end
			  end
			  local mine = pending[key]
			  if mine ~= nil then
			    for _, r in ipairs(mine) do
			      if r[1] < endMs and startMs < r[2] and latest == 0 then latest = -1 end
			    end
			  end
			  return latest
			end
			local members = tonumber(ARGV[7])
			local a = 8
			local k = 3
			local claims = {}
			local chosenPerMember = {}
			for m = 1, members do
			  local startMs = tonumber(ARGV[a])
			  local endMs = tonumber(ARGV[a + 1])
			  local groups = tonumber(ARGV[a + 2])
			  local sizesAt = a + 3
			  local descAt = sizesAt + groups
			  local member = ARGV[3] .. '#' .. m .. '|' .. ARGV[a] .. '|' .. ARGV[a + 1]
			  local chosen = {}
			  for g = 1, groups do
			    local size = tonumber(ARGV[sizesAt + g - 1])
			    local pick = nil
			    local earliest = nil
			    for c = 0, size - 1 do
			      if pick == nil then
			        local until_ = blockedUntil(KEYS[k + c], startMs, endMs)
			        if until_ == 0 then
			          pick = c
			        elseif until_ > 0 and (earliest == nil or until_ < earliest) then
			          earliest = until_
			        end
			      end
			    end
			    if pick == nil then
			      return {'BLOCKED', string.format('%d', earliest or -1), tostring(m), tostring(g)}
			    end
			    local key = KEYS[k + pick]
			    if pending[key] == nil then pending[key] = {} end
			    table.insert(pending[key], {startMs, endMs})
			    table.insert(claims, {key, member})
			    table.insert(chosen, ARGV[descAt + pick])
			    k = k + size
			    descAt = descAt + size
			  end
			  table.insert(chosenPerMember, table.concat(chosen, ','))
			  a = descAt
			end
			for _, claim in ipairs(claims) do
			  redis.call('ZADD', claim[1], expiresAt, claim[2])
			  if redis.call('PTTL', claim[1]) < gc then redis.call('PEXPIRE', claim[1], gc) end
			end
			local resources = table.concat(chosenPerMember, ';')
			redis.call('HSET', KEYS[1], 'holder', ARGV[6], 'expiresAt', expiresAt, 'members', ARGV[a],
			  'resources', resources)
			redis.call('PEXPIRE', KEYS[1], gc)
			redis.call('ZADD', KEYS[2], expiresAt, ARGV[3])
			if redis.call('PTTL', KEYS[2]) < gc then redis.call('PEXPIRE', KEYS[2], gc) end
			return {'OK', resources, expiresAt}
			""";

	/**
	 * KEYS: hold, holder, then the claimed resource keys. ARGV: holdId, then the claim
	 * member of each resource key, in the same order. Returns {1} if the hold existed.
	 */
	static final String REMOVE = """
			for i = 3, #KEYS do redis.call('ZREM', KEYS[i], ARGV[i - 1]) end
			redis.call('ZREM', KEYS[2], ARGV[1])
			return {redis.call('DEL', KEYS[1])}
			""";

}
