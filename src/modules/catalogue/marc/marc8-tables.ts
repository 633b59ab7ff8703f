/**
 * The Library of Congress MARC-8 code tables (https://www.loc.gov/marc/specifications/specchartables.html)
 * for the character sets a public library meets, keyed by the final character of their escape
 * sequence. Each entry is `byte:codepoint` in hex; a negative codepoint is a combining mark,
 * which MARC-8 writes before its base letter and Unicode after it.
 *
 * No maintained JavaScript library converts MARC-8, so the tables are ours. They were generated
 * byte by byte with Index Data's yaz-iconv (Debian package yaz), except that the ligature and
 * double-tilde halves keep LC's own U+FE20–FE23. East Asian EACC (escape final '1') is left out:
 * its 16,000 entries belong in a file converted to UTF-8 before import (yaz-marcdump does it).
 */
const codes = (...lines: string[]): Map<number, number> =>
  new Map(
    lines
      .join(' ')
      .split(' ')
      .map((entry) => {
        const [byte = '', codepoint = ''] = entry.split(':')
        return [Number.parseInt(byte, 16), Number.parseInt(codepoint, 16)] as const
      }),
  )

export const marc8Sets = new Map<number, Map<number, number>>([
  // extended Latin (ANSEL), the default G1 set
  [
    0x45,
    codes(
      'a1:141 a2:d8 a3:110 a4:de a5:c6 a6:152 a7:2b9 a8:b7 a9:266d aa:ae ab:b1 ac:1a0',
      'ad:1af ae:2bc b0:2bb b1:142 b2:f8 b3:111 b4:fe b5:e6 b6:153 b7:2ba b8:131 b9:a3',
      'ba:f0 bc:1a1 bd:1b0 c0:b0 c1:2113 c2:2117 c3:a9 c4:266f c5:bf c6:a1 c7:df c8:20ac',
      'e0:-309 e1:-300 e2:-301 e3:-302 e4:-303 e5:-304 e6:-306 e7:-307 e8:-308 e9:-30c ea:-30a eb:-fe20',
      'ec:-fe21 ed:-315 ee:-30b ef:-310 f0:-327 f1:-328 f2:-323 f3:-324 f4:-325 f5:-333 f6:-332 f7:-326',
      'f8:-31c f9:-32e fa:-fe22 fb:-fe23 fe:-313',
    ),
  ],
  // basic Cyrillic
  [
    0x4e,
    codes(
      '21:21 22:22 23:23 24:24 25:25 26:26 27:27 28:28 29:29 2a:2a 2b:2b 2c:2c',
      '2d:2d 2e:2e 2f:2f 30:30 31:31 32:32 33:33 34:34 35:35 36:36 37:37 38:38',
      '39:39 3a:3a 3b:3b 3c:3c 3d:3d 3e:3e 3f:3f 40:44e 41:430 42:431 43:446 44:434',
      '45:435 46:444 47:433 48:445 49:438 4a:439 4b:43a 4c:43b 4d:43c 4e:43d 4f:43e 50:43f',
      '51:44f 52:440 53:441 54:442 55:443 56:436 57:432 58:44c 59:44b 5a:437 5b:448 5c:44d',
      '5d:449 5e:447 5f:44a 60:42e 61:410 62:411 63:426 64:414 65:415 66:424 67:413 68:425',
      '69:418 6a:419 6b:41a 6c:41b 6d:41c 6e:41d 6f:41e 70:41f 71:42f 72:420 73:421 74:422',
      '75:423 76:416 77:412 78:42c 79:42b 7a:417 7b:428 7c:42d 7d:429 7e:427',
    ),
  ],
  // extended Cyrillic
  [
    0x51,
    codes(
      '40:491 41:452 42:453 43:454 44:451 45:455 46:456 47:457 48:458 49:459 4a:45a 4b:45b',
      '4c:45c 4d:45e 4e:45f 50:463 51:473 52:475 53:46b 5b:5b 5d:5d 5f:5f 60:490 61:402',
      '62:403 63:404 64:401 65:405 66:406 67:407 68:408 69:409 6a:40a 6b:40b 6c:40c 6d:40e',
      '6e:40f 6f:42a 70:462 71:472 72:474 73:46a',
    ),
  ],
  // basic Greek
  [
    0x53,
    codes(
      '21:-300 22:-301 23:-308 24:-342 25:-313 26:-314 27:-345 30:ab 31:bb 32:201c 33:201d 34:374',
      '35:375 3b:387 3f:37e 41:391 42:392 44:393 45:394 46:395 47:3da 48:3dc 49:396 4a:397',
      '4b:398 4c:399 4d:39a 4e:39b 4f:39c 50:39d 51:39e 52:39f 53:3a0 54:3de 55:3a1 56:3a3',
      '58:3a4 59:3a5 5a:3a6 5b:3a7 5c:3a8 5d:3a9 5e:3e0 61:3b1 62:3b2 63:3d0 64:3b3 65:3b4',
      '66:3b5 67:3db 68:3dd 69:3b6 6a:3b7 6b:3b8 6c:3b9 6d:3ba 6e:3bb 6f:3bc 70:3bd 71:3be',
      '72:3bf 73:3c0 74:3df 75:3c1 76:3c3 77:3c2 78:3c4 79:3c5 7a:3c6 7b:3c7 7c:3c8 7d:3c9',
      '7e:3e1',
    ),
  ],
  // basic Hebrew
  [
    0x32,
    codes(
      '21:21 22:5f4 23:23 24:24 25:25 26:26 27:5f3 28:28 29:29 2a:2a 2b:2b 2c:2c',
      '2d:5be 2e:2e 2f:2f 30:30 31:31 32:32 33:33 34:34 35:35 36:36 37:37 38:38',
      '39:39 3a:3a 3b:3b 3c:3c 3d:3d 3e:3e 3f:3f 40:-5b7 41:-5b8 42:-5b6 43:-5b5 44:-5b4',
      '45:-5b9 46:-5bb 47:-5b0 48:-5b2 49:-5b3 4a:-5b1 4b:-5bc 4c:-5bf 4d:-5c1 4e:-fb1e 5b:5b 5d:5d',
      '60:5d0 61:5d1 62:5d2 63:5d3 64:5d4 65:5d5 66:5d6 67:5d7 68:5d8 69:5d9 6a:5da 6b:5db',
      '6c:5dc 6d:5dd 6e:5de 6f:5df 70:5e0 71:5e1 72:5e2 73:5e3 74:5e4 75:5e5 76:5e6 77:5e7',
      '78:5e8 79:5e9 7a:5ea 7b:5f0 7c:5f1 7d:5f2',
    ),
  ],
  // basic Arabic
  [
    0x33,
    codes(
      '21:21 22:22 23:23 24:24 25:66a 26:26 27:27 28:28 29:29 2a:66d 2b:2b 2c:60c',
      '2d:2d 2e:2e 2f:2f 30:660 31:661 32:662 33:663 34:664 35:665 36:666 37:667 38:668',
      '39:669 3a:3a 3b:61b 3c:3c 3d:3d 3e:3e 3f:61f 41:621 42:622 43:623 44:624 45:625',
      '46:626 47:627 48:628 49:629 4a:62a 4b:62b 4c:62c 4d:62d 4e:62e 4f:62f 50:630 51:631',
      '52:632 53:633 54:634 55:635 56:636 57:637 58:638 59:639 5a:63a 5b:5b 5d:5d 60:640',
      '61:641 62:642 63:643 64:644 65:645 66:646 67:647 68:648 69:649 6a:64a 6b:-64b 6c:-64c',
      '6d:-64d 6e:-64e 6f:-64f 70:-650 71:-651 72:-652 73:671 74:670 78:66c 79:201d 7a:201c',
    ),
  ],
  // extended Arabic
  [
    0x34,
    codes(
      '21:6fd 22:672 23:673 24:679 25:67a 26:67b 27:67c 28:67d 29:67e 2a:67f 2b:680 2c:681',
      '2d:682 2e:683 2f:684 30:685 31:686 32:6bf 33:687 34:688 35:689 36:68a 37:68b 38:68c',
      '39:68d 3a:68e 3b:68f 3c:690 3d:691 3e:692 3f:693 40:694 41:695 42:696 43:697 44:698',
      '45:699 46:69a 47:69b 48:69c 49:6fa 4a:69d 4b:69e 4c:6fb 4d:69f 4e:6a0 4f:6fc 50:6a1',
      '51:6a2 52:6a3 53:6a4 54:6a5 55:6a6 56:6a7 57:6a8 58:6a9 59:6aa 5a:6ab 5b:6ac 5c:6ad',
      '5d:6ae 5e:6af 5f:6b0 60:6b1 61:6b2 62:6b3 63:6b4 64:6b5 65:6b6 66:6b7 67:6b8 68:6ba',
      '69:6bb 6a:6bc 6b:6bd 6c:6b9 6d:6be 6e:6c0 6f:6c4 70:6c5 71:6c6 72:6ca 73:6cb 74:6cd',
      '75:6ce 76:6d0 77:6d2 78:6d3 7d:-306 7e:-30c',
    ),
  ],
  // subscripts (ESC b)
  [0x62, codes('28:208d 29:208e 2b:208a 2d:208b 30:2080 31:2081 32:2082 33:2083 34:2084 35:2085 36:2086 37:2087', '38:2088 39:2089')],
  // superscripts (ESC p)
  [0x70, codes('28:207d 29:207e 2b:207a 2d:207b 30:2070 31:b9 32:b2 33:b3 34:2074 35:2075 36:2076 37:2077', '38:2078 39:2079')],
  // Greek symbols (ESC g)
  [0x67, codes('61:3b1 62:3b2 63:3b3')],
])
