/** Node's errno codes as one Chinese (and English) phrase each, so no "EACCES: permission denied, mkdir …" reaches a user. */
const ERRNO: Record<string, [string, string]> = {
  ENOENT: ['不存在', 'does not exist'],
  EACCES: ['没有权限', 'permission denied'],
  EPERM: ['操作不被允许（没有权限或文件被锁定）', 'operation not permitted'],
  EROFS: ['所在磁盘是只读的', 'the disk is read-only'],
  ENOSPC: ['磁盘空间不足', 'no space left on the disk'],
  EDQUOT: ['超出磁盘配额', 'disk quota exceeded'],
  EISDIR: ['是文件夹，不是文件', 'is a folder, not a file'],
  ENOTDIR: ['路径中有一段不是文件夹', 'a part of the path is not a folder'],
  EEXIST: ['已存在', 'already exists'],
  EBUSY: ['正被其他程序占用', 'is busy (in use by another program)'],
  ETXTBSY: ['正被其他程序占用', 'is busy'],
  EMFILE: ['打开的文件太多', 'too many open files'],
  ENFILE: ['系统打开的文件太多', 'too many open files in the system'],
  ENAMETOOLONG: ['文件名太长', 'the name is too long'],
  ELOOP: ['符号链接循环', 'a loop of symbolic links'],
  EXDEV: ['不能跨磁盘改名', 'cannot rename across disks'],
  EIO: ['磁盘读写出错', 'an input/output error'],
  EINVAL: ['参数无效（此位置不能这样写入）', 'invalid argument'],
  EAGAIN: ['暂时不可用，请稍后再试', 'temporarily unavailable'],
  ENXIO: ['设备不存在', 'no such device'],
  ENODEV: ['设备不存在', 'no such device'],
  ESPIPE: ['不是普通文件（是管道或设备）', 'not a regular file (a pipe or device)'],
  EPIPE: ['管道已关闭', 'the pipe is closed'],
  ETIMEDOUT: ['网络或磁盘超时', 'timed out'],
  EHOSTDOWN: ['网络共享不可用', 'the network share is down'],
  ECONNRESET: ['网络共享连接中断', 'the network share connection was reset'],
  UNKNOWN: ['未知的系统错误', 'an unknown system error'],
};

export function errnoCode(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'UNKNOWN';
}

/** "没有权限" / "permission denied"; an unlisted code still reads as a sentence, with the code for support. */
export function errnoText(e: unknown): { zh: string; en: string } {
  const code = errnoCode(e);
  const t = ERRNO[code];
  return t ? { zh: t[0], en: t[1] } : { zh: `系统错误（${code}）`, en: `system error (${code})` };
}

/** Every code this table says in Chinese (for the test that none is missing among the common ones). */
export const KNOWN_ERRNO = Object.keys(ERRNO);
