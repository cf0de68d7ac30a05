#!/bin/bash
# A file system for `./fonds bench scale --dir=...`: ext4 with 1 KB blocks and inline_data in a loop
# file, where a million-record home takes ~23 KB an object instead of ~63 KB on 4 KB blocks
# (BENCHMARKS.md, "A file system for a million small objects"). Run as root.
#
#   fonds-bench/scale-fs.sh make IMAGE SIZE OBJECTS MOUNTPOINT   e.g. make /work/scratch/fs.img 80G 1000000 /mnt/scale
#   fonds-bench/scale-fs.sh remove IMAGE MOUNTPOINT                unmounts, detaches the loop device, deletes IMAGE
#
# SIZE as for truncate (the file is sparse: it takes what is written). OBJECTS sets the inode table:
# ~12 inodes an object (seven files and five folders of the store, the input file, the extracts),
# made when the file system is; 256-byte inodes, so that small files and folders fit inline.
# mkfs runs on the file itself: for a regular file it punches holes instead of writing the inode
# tables, and they count as zeroed, so there is no lazy initialisation writing behind the benchmark.
set -euo pipefail

usage() {
    sed -n '6,7p' "$0" | sed 's/^#   /usage: /' >&2
    exit 2
}

make_fs() {
    local image=$1 size=$2 objects=$3 mountpoint=$4
    [[ $objects =~ ^[0-9]+$ && $objects -gt 0 ]] || { echo "OBJECTS must be a positive number: $objects" >&2; exit 2; }
    [ ! -e "$image" ] || { echo "$image exists already: remove it first" >&2; exit 1; }
    mkdir -p "$(dirname "$image")" "$mountpoint"
    truncate -s "$size" "$image"
    # -m 0: no blocks kept for root (a benchmark's file system); -E nodiscard would write the tables
    # large_dir: a million input files in one folder filled the two-level directory index of 1 KB blocks at
    # 222,104 files (ENOSPC with 56 GB free, BENCHMARKS.md "A million records end to end")
    mkfs.ext4 -q -F -b 1024 -I 256 -O inline_data,large_dir -N $((objects * 12)) -m 0 -L fonds-scale "$image"
    local device
    # No direct I/O and no delayed allocation: with both, on 1 KB blocks under 4 KB pages, one run
    # (2026-12-07) read a Lucene segment written seconds before as truncated (footer 0) while
    # e2fsck found nothing; the run that followed with these options had no error.
    device=$(losetup --find --show "$image")
    mount -o noatime,nodelalloc "$device" "$mountpoint"
    echo "$image on $device mounted at $mountpoint"
    df -h "$mountpoint" | tail -1
    df -i "$mountpoint" | tail -1
}

remove_fs() {
    local image=$1 mountpoint=$2 device
    device=$(findmnt -n -o SOURCE --target "$mountpoint" || true)
    if mountpoint -q "$mountpoint"; then umount "$mountpoint"; fi
    for d in $(losetup -j "$image" | cut -d: -f1); do losetup -d "$d"; done
    rm -f "$image"
    rmdir "$mountpoint" 2>/dev/null || true
    echo "removed $image${device:+ ($device)}"
}

case "${1:-}" in
    make) [ $# -eq 5 ] || usage; make_fs "$2" "$3" "$4" "$5" ;;
    remove) [ $# -eq 3 ] || usage; remove_fs "$2" "$3" ;;
    *) usage ;;
esac
