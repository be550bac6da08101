{
 "patcher": {
  "fileversion": 1,
  "appversion": {
   "major": 8,
   "minor": 5,
   "revision": 0,
   "architecture": "x64",
   "modernui": 1
  },
  "classnamespace": "box",
  "rect": [
   40.0,
   60.0,
   1180.0,
   540.0
  ],
  "openinpresentation": 1,
  "default_fontsize": 12.0,
  "default_fontface": 0,
  "default_fontname": "Arial",
  "gridonopen": 1,
  "gridsize": [
   15.0,
   15.0
  ],
  "gridsnaponopen": 1,
  "objectsnaponopen": 1,
  "statusbarvisible": 2,
  "toolbarvisible": 1,
  "boxanimatetime": 200,
  "enablehscroll": 1,
  "enablevscroll": 1,
  "description": "ngs neural drum machine: an 8-track step sequencer whose sounds come from ngs serve",
  "digest": "",
  "tags": "",
  "style": "",
  "boxes": [
   {
    "box": {
     "maxclass": "comment",
     "text": "ngs neural drum machine",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      10,
      8,
      400,
      20.0
     ],
     "fontface": 1,
     "id": "obj-1",
     "presentation": 1,
     "presentation_rect": [
      10,
      8,
      400,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "1. Start the server in a terminal:  ngs serve   (it listens on 127.0.0.1:7400 and answers on port 7401). 'connect' asks it for its classes.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      10,
      30,
      1100,
      20.0
     ],
     "id": "obj-2",
     "presentation": 1,
     "presentation_rect": [
      10,
      30,
      1100,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "2. Turn audio on (the speaker), press play. Step toggles play the track's buffer, which only the server writes.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      10,
      46,
      1100,
      20.0
     ],
     "id": "obj-3",
     "presentation": 1,
     "presentation_rect": [
      10,
      46,
      1100,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "3. 'note' (sample_note) asks for a new hit of the track's class, 'path' (sample_path) for a random grain path,",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      10,
      62,
      1100,
      20.0
     ],
     "id": "obj-4",
     "presentation": 1,
     "presentation_rect": [
      10,
      62,
      1100,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "   'fresh' for a new hit on every step. Drop an audio file on a track's drop zone to resynthesise it (start",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      10,
      78,
      1100,
      20.0
     ],
     "id": "obj-5",
     "presentation": 1,
     "presentation_rect": [
      10,
      78,
      1100,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "   ngs serve --allow-dir <its folder>). class: the drum class (menu, or its 0-based index). temp: 0..10, low =",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      10,
      94,
      1100,
      20.0
     ],
     "id": "obj-6",
     "presentation": 1,
     "presentation_rect": [
      10,
      94,
      1100,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "   typical, high = unusual. seed: -1 = a new random hit each time, 0 or more = the same hit again. level: volume.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      10,
      110,
      1100,
      20.0
     ],
     "id": "obj-7",
     "presentation": 1,
     "presentation_rect": [
      10,
      110,
      1100,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "play",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      10,
      134.0,
      35,
      20.0
     ],
     "id": "obj-8",
     "presentation": 1,
     "presentation_rect": [
      10,
      134.0,
      35,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      45,
      132.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-9",
     "presentation": 1,
     "presentation_rect": [
      45,
      132.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "BPM",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      75,
      134.0,
      35,
      20.0
     ],
     "id": "obj-10",
     "presentation": 1,
     "presentation_rect": [
      75,
      134.0,
      35,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      110,
      132.0,
      50,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": 20,
     "maximum": 400,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-11",
     "presentation": 1,
     "presentation_rect": [
      110,
      132.0,
      50,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "audio on/off",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      175,
      134.0,
      90,
      20.0
     ],
     "id": "obj-12",
     "presentation": 1,
     "presentation_rect": [
      175,
      134.0,
      90,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "ezdac~",
     "numinlets": 2,
     "numoutlets": 0,
     "patching_rect": [
      265,
      128.0,
      30,
      30
     ],
     "id": "obj-13",
     "presentation": 1,
     "presentation_rect": [
      265,
      128.0,
      30,
      30
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "server",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      310,
      134.0,
      50,
      20.0
     ],
     "id": "obj-14",
     "presentation": 1,
     "presentation_rect": [
      310,
      134.0,
      50,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "waiting for the server... (ngs serve)",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      360,
      132.0,
      250,
      22.0
     ],
     "id": "obj-15",
     "presentation": 1,
     "presentation_rect": [
      360,
      132.0,
      250,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "connect",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      615,
      132.0,
      60,
      22.0
     ],
     "id": "obj-16",
     "presentation": 1,
     "presentation_rect": [
      615,
      132.0,
      60,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "last error",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      685,
      134.0,
      70,
      20.0
     ],
     "id": "obj-17",
     "presentation": 1,
     "presentation_rect": [
      685,
      134.0,
      70,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      755,
      132.0,
      350,
      22.0
     ],
     "id": "obj-18",
     "presentation": 1,
     "presentation_rect": [
      755,
      132.0,
      350,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "step",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      10,
      167.0,
      30,
      20.0
     ],
     "id": "obj-19",
     "presentation": 1,
     "presentation_rect": [
      10,
      167.0,
      30,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      40.0,
      165.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "bang"
     ],
     "id": "obj-20",
     "presentation": 1,
     "presentation_rect": [
      40.0,
      165.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      64.0,
      165.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "bang"
     ],
     "id": "obj-21",
     "presentation": 1,
     "presentation_rect": [
      64.0,
      165.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      88.0,
      165.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "bang"
     ],
     "id": "obj-22",
     "presentation": 1,
     "presentation_rect": [
      88.0,
      165.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      112.0,
      165.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "bang"
     ],
     "id": "obj-23",
     "presentation": 1,
     "presentation_rect": [
      112.0,
      165.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      136.0,
      165.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "bang"
     ],
     "id": "obj-24",
     "presentation": 1,
     "presentation_rect": [
      136.0,
      165.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      160.0,
      165.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "bang"
     ],
     "id": "obj-25",
     "presentation": 1,
     "presentation_rect": [
      160.0,
      165.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      184.0,
      165.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "bang"
     ],
     "id": "obj-26",
     "presentation": 1,
     "presentation_rect": [
      184.0,
      165.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      208.0,
      165.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "bang"
     ],
     "id": "obj-27",
     "presentation": 1,
     "presentation_rect": [
      208.0,
      165.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      232.0,
      165.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "bang"
     ],
     "id": "obj-28",
     "presentation": 1,
     "presentation_rect": [
      232.0,
      165.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      256.0,
      165.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "bang"
     ],
     "id": "obj-29",
     "presentation": 1,
     "presentation_rect": [
      256.0,
      165.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      280.0,
      165.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "bang"
     ],
     "id": "obj-30",
     "presentation": 1,
     "presentation_rect": [
      280.0,
      165.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      304.0,
      165.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "bang"
     ],
     "id": "obj-31",
     "presentation": 1,
     "presentation_rect": [
      304.0,
      165.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      328.0,
      165.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "bang"
     ],
     "id": "obj-32",
     "presentation": 1,
     "presentation_rect": [
      328.0,
      165.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      352.0,
      165.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "bang"
     ],
     "id": "obj-33",
     "presentation": 1,
     "presentation_rect": [
      352.0,
      165.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      376.0,
      165.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "bang"
     ],
     "id": "obj-34",
     "presentation": 1,
     "presentation_rect": [
      376.0,
      165.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      400.0,
      165.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "bang"
     ],
     "id": "obj-35",
     "presentation": 1,
     "presentation_rect": [
      400.0,
      165.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "class",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      440.0,
      165.0,
      95.0,
      20.0
     ],
     "id": "obj-36",
     "presentation": 1,
     "presentation_rect": [
      440.0,
      165.0,
      95.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "#",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      535.0,
      165.0,
      45.0,
      20.0
     ],
     "id": "obj-37",
     "presentation": 1,
     "presentation_rect": [
      535.0,
      165.0,
      45.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "new hit",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      580.0,
      165.0,
      84.0,
      20.0
     ],
     "id": "obj-38",
     "presentation": 1,
     "presentation_rect": [
      580.0,
      165.0,
      84.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "fresh",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      750.0,
      165.0,
      30.0,
      20.0
     ],
     "id": "obj-39",
     "presentation": 1,
     "presentation_rect": [
      750.0,
      165.0,
      30.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "temp",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      780.0,
      165.0,
      55.0,
      20.0
     ],
     "id": "obj-40",
     "presentation": 1,
     "presentation_rect": [
      780.0,
      165.0,
      55.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "seed",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      835.0,
      165.0,
      55.0,
      20.0
     ],
     "id": "obj-41",
     "presentation": 1,
     "presentation_rect": [
      835.0,
      165.0,
      55.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "level",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      890.0,
      165.0,
      90.0,
      20.0
     ],
     "id": "obj-42",
     "presentation": 1,
     "presentation_rect": [
      890.0,
      165.0,
      90.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "samples",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      980.0,
      165.0,
      60.0,
      20.0
     ],
     "id": "obj-43",
     "presentation": 1,
     "presentation_rect": [
      980.0,
      165.0,
      60.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "drop a file",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      1040.0,
      165.0,
      120.0,
      20.0
     ],
     "id": "obj-44",
     "presentation": 1,
     "presentation_rect": [
      1040.0,
      165.0,
      120.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "-- logic (patching mode only) --",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      10.0,
      570.0,
      300,
      20.0
     ],
     "id": "obj-45"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "!/ 15000.",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      70.0,
      600.0,
      77.0,
      22.0
     ],
     "outlettype": [
      "float"
     ],
     "id": "obj-46"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "metro 125",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      10.0,
      630.0,
      77.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-47"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "counter 0 15",
     "numinlets": 5,
     "numoutlets": 4,
     "patching_rect": [
      10.0,
      660.0,
      98.0,
      22.0
     ],
     "outlettype": [
      "int",
      "",
      "",
      "int"
     ],
     "id": "obj-48"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "s ngs_step",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      10.0,
      690.0,
      84.0,
      22.0
     ],
     "id": "obj-49"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "sel 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15",
     "numinlets": 17,
     "numoutlets": 17,
     "patching_rect": [
      110.0,
      690.0,
      301.0,
      22.0
     ],
     "outlettype": [
      "bang",
      "bang",
      "bang",
      "bang",
      "bang",
      "bang",
      "bang",
      "bang",
      "bang",
      "bang",
      "bang",
      "bang",
      "bang",
      "bang",
      "bang",
      "bang",
      ""
     ],
     "id": "obj-50"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 120",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      170.0,
      600.0,
      98.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-51"
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "new server port",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      10,
      452.0,
      105,
      20.0
     ],
     "id": "obj-52",
     "presentation": 1,
     "presentation_rect": [
      10,
      452.0,
      105,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      115,
      450.0,
      60,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": 0,
     "maximum": 65535,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-53",
     "presentation": 1,
     "presentation_rect": [
      115,
      450.0,
      60,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "new reply port",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      190,
      452.0,
      95,
      20.0
     ],
     "id": "obj-54",
     "presentation": 1,
     "presentation_rect": [
      190,
      452.0,
      95,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      285,
      450.0,
      60,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": 0,
     "maximum": 65535,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-55",
     "presentation": 1,
     "presentation_rect": [
      285,
      450.0,
      60,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "The patch sends to 127.0.0.1:7400 and listens on 7401, ngs serve's defaults (the [udpsend]/[udpreceive] objects). If the server runs elsewhere, type its --port / --reply-port here.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      360,
      444.0,
      750,
      34.0
     ],
     "linecount": 2,
     "id": "obj-56",
     "presentation": 1,
     "presentation_rect": [
      360,
      444.0,
      750,
      34.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "r ngs_osc",
     "numinlets": 0,
     "numoutlets": 1,
     "patching_rect": [
      450.0,
      600.0,
      77.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-57"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "udpsend 127.0.0.1 7400",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      450.0,
      690.0,
      168.0,
      22.0
     ],
     "id": "obj-58"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "udpreceive 7401",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      700.0,
      600.0,
      119.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-59"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "port $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      530.0,
      630.0,
      63.0,
      22.0
     ],
     "id": "obj-60"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t i i",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      700.0,
      540.0,
      49.0,
      22.0
     ],
     "outlettype": [
      "int",
      "int"
     ],
     "id": "obj-61"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "port $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      700.0,
      570.0,
      63.0,
      22.0
     ],
     "id": "obj-62"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/reply_to $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      600.0,
      630.0,
      98.0,
      22.0
     ],
     "id": "obj-63"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "route /buffer /error /classes /pong",
     "numinlets": 5,
     "numoutlets": 5,
     "patching_rect": [
      700.0,
      630.0,
      259.0,
      22.0
     ],
     "outlettype": [
      "",
      "",
      "",
      "",
      ""
     ],
     "id": "obj-64"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "route 1 2 3 4 5 6 7 8",
     "numinlets": 9,
     "numoutlets": 9,
     "patching_rect": [
      700.0,
      660.0,
      161.0,
      22.0
     ],
     "outlettype": [
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      ""
     ],
     "id": "obj-65"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "prepend set",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      870.0,
      660.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-66"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "print ngs_error",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      970.0,
      660.0,
      119.0,
      22.0
     ],
     "id": "obj-67"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t a b",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      1100.0,
      660.0,
      49.0,
      22.0
     ],
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-68"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "clear",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1190.0,
      690.0,
      49.0,
      22.0
     ],
     "id": "obj-69"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl iter 1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      1100.0,
      690.0,
      77.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-70"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "prepend append",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1100.0,
      720.0,
      112.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-71"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "s ngs_reselect",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      1250.0,
      690.0,
      112.0,
      22.0
     ],
     "id": "obj-72"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t b a",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      1100.0,
      630.0,
      49.0,
      22.0
     ],
     "outlettype": [
      "bang",
      ""
     ],
     "id": "obj-73"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "set connected: ngs serve answered",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      850.0,
      720.0,
      245.0,
      22.0
     ],
     "id": "obj-74"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadbang",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1350.0,
      600.0,
      70.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-75"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "delay 500",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      1350.0,
      630.0,
      77.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-76"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/ping, /classes",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1350.0,
      660.0,
      119.0,
      22.0
     ],
     "id": "obj-77"
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "1",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      12,
      196.0,
      25,
      20.0
     ],
     "fontface": 1,
     "id": "obj-78",
     "presentation": 1,
     "presentation_rect": [
      12,
      196.0,
      25,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      40.0,
      195.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-79",
     "presentation": 1,
     "presentation_rect": [
      40.0,
      195.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      64.0,
      195.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-80",
     "presentation": 1,
     "presentation_rect": [
      64.0,
      195.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      88.0,
      195.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-81",
     "presentation": 1,
     "presentation_rect": [
      88.0,
      195.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      112.0,
      195.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-82",
     "presentation": 1,
     "presentation_rect": [
      112.0,
      195.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      136.0,
      195.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-83",
     "presentation": 1,
     "presentation_rect": [
      136.0,
      195.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      160.0,
      195.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-84",
     "presentation": 1,
     "presentation_rect": [
      160.0,
      195.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      184.0,
      195.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-85",
     "presentation": 1,
     "presentation_rect": [
      184.0,
      195.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      208.0,
      195.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-86",
     "presentation": 1,
     "presentation_rect": [
      208.0,
      195.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      232.0,
      195.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-87",
     "presentation": 1,
     "presentation_rect": [
      232.0,
      195.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      256.0,
      195.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-88",
     "presentation": 1,
     "presentation_rect": [
      256.0,
      195.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      280.0,
      195.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-89",
     "presentation": 1,
     "presentation_rect": [
      280.0,
      195.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      304.0,
      195.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-90",
     "presentation": 1,
     "presentation_rect": [
      304.0,
      195.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      328.0,
      195.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-91",
     "presentation": 1,
     "presentation_rect": [
      328.0,
      195.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      352.0,
      195.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-92",
     "presentation": 1,
     "presentation_rect": [
      352.0,
      195.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      376.0,
      195.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-93",
     "presentation": 1,
     "presentation_rect": [
      376.0,
      195.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      400.0,
      195.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-94",
     "presentation": 1,
     "presentation_rect": [
      400.0,
      195.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "umenu",
     "numinlets": 1,
     "numoutlets": 3,
     "patching_rect": [
      440.0,
      195.0,
      90,
      22
     ],
     "parameter_enable": 0,
     "hint": "drum class of this track (filled from the server's /classes)",
     "outlettype": [
      "int",
      "",
      ""
     ],
     "id": "obj-95",
     "presentation": 1,
     "presentation_rect": [
      440.0,
      195.0,
      90,
      22
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      535.0,
      195.0,
      40,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": 0,
     "hint": "class as a 0-based index",
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-96",
     "presentation": 1,
     "presentation_rect": [
      535.0,
      195.0,
      40,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "sample_note",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      580.0,
      195.0,
      80,
      22.0
     ],
     "id": "obj-97",
     "presentation": 1,
     "presentation_rect": [
      580.0,
      195.0,
      80,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "sample_path",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      664.0,
      195.0,
      80,
      22.0
     ],
     "id": "obj-98",
     "presentation": 1,
     "presentation_rect": [
      664.0,
      195.0,
      80,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      752.0,
      195.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-99",
     "presentation": 1,
     "presentation_rect": [
      752.0,
      195.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      780.0,
      195.0,
      50,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "minimum": 0.0,
     "maximum": 10.0,
     "hint": "temperature 0..10: low = typical hits, high = unusual ones",
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-100",
     "presentation": 1,
     "presentation_rect": [
      780.0,
      195.0,
      50,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      835.0,
      195.0,
      50,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": -1,
     "hint": "-1: a new random hit each time; 0 or more: repeatable",
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-101",
     "presentation": 1,
     "presentation_rect": [
      835.0,
      195.0,
      50,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "slider",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      890.0,
      197.0,
      85,
      18
     ],
     "parameter_enable": 0,
     "hint": "track volume",
     "outlettype": [
      ""
     ],
     "id": "obj-102",
     "presentation": 1,
     "presentation_rect": [
      890.0,
      197.0,
      85,
      18
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      980.0,
      195.0,
      55,
      22.0
     ],
     "parameter_enable": 0,
     "hint": "length of the loaded buffer in samples",
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-103",
     "presentation": 1,
     "presentation_rect": [
      980.0,
      195.0,
      55,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "dropfile",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      1040.0,
      195.0,
      120,
      22
     ],
     "hint": "drop an audio file to resynthesise it (ngs serve --allow-dir <its folder>)",
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-104",
     "presentation": 1,
     "presentation_rect": [
      1040.0,
      195.0,
      120,
      22
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "track 1",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      90.0,
      790.0,
      100,
      20.0
     ],
     "id": "obj-105"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "1 0 0 0 0 0 0 0 1 0 1 0 0 0 0 0",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      10.0,
      820.0,
      231.0,
      22.0
     ],
     "id": "obj-106"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "unpack 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
     "numinlets": 1,
     "numoutlets": 16,
     "patching_rect": [
      10.0,
      850.0,
      280.0,
      22.0
     ],
     "outlettype": [
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int"
     ],
     "id": "obj-107"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "pak 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
     "numinlets": 16,
     "numoutlets": 1,
     "patching_rect": [
      10.0,
      880.0,
      259.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-108"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "r ngs_step",
     "numinlets": 0,
     "numoutlets": 1,
     "patching_rect": [
      160.0,
      910.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-109"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl lookup",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      160.0,
      940.0,
      77.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-110"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "sel 1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      160.0,
      970.0,
      49.0,
      22.0
     ],
     "outlettype": [
      "bang",
      ""
     ],
     "id": "obj-111"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadbang",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      10.0,
      790.0,
      70.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-112"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 0",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      220.0,
      1000.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-113"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "+ 1",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      220.0,
      1030.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "id": "obj-114"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "gate 2",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      160.0,
      1060.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-115"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 0",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      10.0,
      910.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-116"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 1.",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      10.0,
      940.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-117"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess -1",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      10.0,
      970.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-118"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 100",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      320.0,
      910.0,
      98.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-119"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "set $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      90.0,
      1030.0,
      56.0,
      22.0
     ],
     "id": "obj-120"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "r ngs_reselect",
     "numinlets": 0,
     "numoutlets": 1,
     "patching_rect": [
      10.0,
      1000.0,
      112.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-121"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "pak -1 0 1.",
     "numinlets": 3,
     "numoutlets": 1,
     "patching_rect": [
      10.0,
      1060.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-122"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl reg",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      10.0,
      1090.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-123"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t b",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      160.0,
      1090.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-124"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "route -1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      10.0,
      1120.0,
      70.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-125"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_note 1 $1 $2",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      10.0,
      1150.0,
      154.0,
      22.0
     ],
     "id": "obj-126"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_note 1 $2 $3 $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      10.0,
      1180.0,
      175.0,
      22.0
     ],
     "id": "obj-127"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "s ngs_osc",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      10.0,
      1220.0,
      77.0,
      22.0
     ],
     "id": "obj-128"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t b",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      320.0,
      1000.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-129"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "i",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      320.0,
      1030.0,
      21.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "id": "obj-130"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_path 1 $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      320.0,
      1060.0,
      133.0,
      22.0
     ],
     "id": "obj-131"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "conformpath slash boot",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      320.0,
      1120.0,
      168.0,
      22.0
     ],
     "outlettype": [
      "",
      "int"
     ],
     "id": "obj-132"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "prepend /resynthesis 1",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      320.0,
      1150.0,
      168.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-133"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl slice 1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      10.0,
      1270.0,
      84.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-134"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "prepend replace",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      10.0,
      1300.0,
      119.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-135"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "buffer~ ngs_track1",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      10.0,
      1330.0,
      140.0,
      22.0
     ],
     "outlettype": [
      "float",
      "bang"
     ],
     "id": "obj-136"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "unpack 0 0",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      160.0,
      1300.0,
      84.0,
      22.0
     ],
     "outlettype": [
      "int",
      "int"
     ],
     "id": "obj-137"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "start",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      160.0,
      1360.0,
      49.0,
      22.0
     ],
     "id": "obj-138"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "play~ ngs_track1",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      10.0,
      1390.0,
      126.0,
      22.0
     ],
     "outlettype": [
      "signal",
      "bang"
     ],
     "id": "obj-139"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "*~ 0.8",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      10.0,
      1420.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "signal"
     ],
     "id": "obj-140"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "/ 127.",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      320.0,
      940.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "float"
     ],
     "id": "obj-141"
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "2",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      12,
      226.0,
      25,
      20.0
     ],
     "fontface": 1,
     "id": "obj-142",
     "presentation": 1,
     "presentation_rect": [
      12,
      226.0,
      25,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      40.0,
      225.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-143",
     "presentation": 1,
     "presentation_rect": [
      40.0,
      225.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      64.0,
      225.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-144",
     "presentation": 1,
     "presentation_rect": [
      64.0,
      225.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      88.0,
      225.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-145",
     "presentation": 1,
     "presentation_rect": [
      88.0,
      225.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      112.0,
      225.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-146",
     "presentation": 1,
     "presentation_rect": [
      112.0,
      225.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      136.0,
      225.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-147",
     "presentation": 1,
     "presentation_rect": [
      136.0,
      225.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      160.0,
      225.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-148",
     "presentation": 1,
     "presentation_rect": [
      160.0,
      225.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      184.0,
      225.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-149",
     "presentation": 1,
     "presentation_rect": [
      184.0,
      225.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      208.0,
      225.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-150",
     "presentation": 1,
     "presentation_rect": [
      208.0,
      225.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      232.0,
      225.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-151",
     "presentation": 1,
     "presentation_rect": [
      232.0,
      225.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      256.0,
      225.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-152",
     "presentation": 1,
     "presentation_rect": [
      256.0,
      225.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      280.0,
      225.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-153",
     "presentation": 1,
     "presentation_rect": [
      280.0,
      225.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      304.0,
      225.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-154",
     "presentation": 1,
     "presentation_rect": [
      304.0,
      225.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      328.0,
      225.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-155",
     "presentation": 1,
     "presentation_rect": [
      328.0,
      225.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      352.0,
      225.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-156",
     "presentation": 1,
     "presentation_rect": [
      352.0,
      225.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      376.0,
      225.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-157",
     "presentation": 1,
     "presentation_rect": [
      376.0,
      225.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      400.0,
      225.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-158",
     "presentation": 1,
     "presentation_rect": [
      400.0,
      225.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "umenu",
     "numinlets": 1,
     "numoutlets": 3,
     "patching_rect": [
      440.0,
      225.0,
      90,
      22
     ],
     "parameter_enable": 0,
     "hint": "drum class of this track (filled from the server's /classes)",
     "outlettype": [
      "int",
      "",
      ""
     ],
     "id": "obj-159",
     "presentation": 1,
     "presentation_rect": [
      440.0,
      225.0,
      90,
      22
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      535.0,
      225.0,
      40,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": 0,
     "hint": "class as a 0-based index",
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-160",
     "presentation": 1,
     "presentation_rect": [
      535.0,
      225.0,
      40,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "sample_note",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      580.0,
      225.0,
      80,
      22.0
     ],
     "id": "obj-161",
     "presentation": 1,
     "presentation_rect": [
      580.0,
      225.0,
      80,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "sample_path",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      664.0,
      225.0,
      80,
      22.0
     ],
     "id": "obj-162",
     "presentation": 1,
     "presentation_rect": [
      664.0,
      225.0,
      80,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      752.0,
      225.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-163",
     "presentation": 1,
     "presentation_rect": [
      752.0,
      225.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      780.0,
      225.0,
      50,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "minimum": 0.0,
     "maximum": 10.0,
     "hint": "temperature 0..10: low = typical hits, high = unusual ones",
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-164",
     "presentation": 1,
     "presentation_rect": [
      780.0,
      225.0,
      50,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      835.0,
      225.0,
      50,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": -1,
     "hint": "-1: a new random hit each time; 0 or more: repeatable",
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-165",
     "presentation": 1,
     "presentation_rect": [
      835.0,
      225.0,
      50,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "slider",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      890.0,
      227.0,
      85,
      18
     ],
     "parameter_enable": 0,
     "hint": "track volume",
     "outlettype": [
      ""
     ],
     "id": "obj-166",
     "presentation": 1,
     "presentation_rect": [
      890.0,
      227.0,
      85,
      18
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      980.0,
      225.0,
      55,
      22.0
     ],
     "parameter_enable": 0,
     "hint": "length of the loaded buffer in samples",
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-167",
     "presentation": 1,
     "presentation_rect": [
      980.0,
      225.0,
      55,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "dropfile",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      1040.0,
      225.0,
      120,
      22
     ],
     "hint": "drop an audio file to resynthesise it (ngs serve --allow-dir <its folder>)",
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-168",
     "presentation": 1,
     "presentation_rect": [
      1040.0,
      225.0,
      120,
      22
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "track 2",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      590.0,
      790.0,
      100,
      20.0
     ],
     "id": "obj-169"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "0 0 0 0 1 0 0 0 0 0 0 0 1 0 0 0",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      510.0,
      820.0,
      231.0,
      22.0
     ],
     "id": "obj-170"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "unpack 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
     "numinlets": 1,
     "numoutlets": 16,
     "patching_rect": [
      510.0,
      850.0,
      280.0,
      22.0
     ],
     "outlettype": [
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int"
     ],
     "id": "obj-171"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "pak 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
     "numinlets": 16,
     "numoutlets": 1,
     "patching_rect": [
      510.0,
      880.0,
      259.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-172"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "r ngs_step",
     "numinlets": 0,
     "numoutlets": 1,
     "patching_rect": [
      660.0,
      910.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-173"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl lookup",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      660.0,
      940.0,
      77.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-174"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "sel 1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      660.0,
      970.0,
      49.0,
      22.0
     ],
     "outlettype": [
      "bang",
      ""
     ],
     "id": "obj-175"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadbang",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      510.0,
      790.0,
      70.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-176"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 0",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      720.0,
      1000.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-177"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "+ 1",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      720.0,
      1030.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "id": "obj-178"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "gate 2",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      660.0,
      1060.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-179"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 1",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      510.0,
      910.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-180"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 1.",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      510.0,
      940.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-181"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess -1",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      510.0,
      970.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-182"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 100",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      820.0,
      910.0,
      98.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-183"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "set $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      590.0,
      1030.0,
      56.0,
      22.0
     ],
     "id": "obj-184"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "r ngs_reselect",
     "numinlets": 0,
     "numoutlets": 1,
     "patching_rect": [
      510.0,
      1000.0,
      112.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-185"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "pak -1 0 1.",
     "numinlets": 3,
     "numoutlets": 1,
     "patching_rect": [
      510.0,
      1060.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-186"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl reg",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      510.0,
      1090.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-187"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t b",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      660.0,
      1090.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-188"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "route -1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      510.0,
      1120.0,
      70.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-189"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_note 2 $1 $2",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      510.0,
      1150.0,
      154.0,
      22.0
     ],
     "id": "obj-190"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_note 2 $2 $3 $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      510.0,
      1180.0,
      175.0,
      22.0
     ],
     "id": "obj-191"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "s ngs_osc",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      510.0,
      1220.0,
      77.0,
      22.0
     ],
     "id": "obj-192"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t b",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      820.0,
      1000.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-193"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "i",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      820.0,
      1030.0,
      21.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "id": "obj-194"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_path 2 $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      820.0,
      1060.0,
      133.0,
      22.0
     ],
     "id": "obj-195"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "conformpath slash boot",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      820.0,
      1120.0,
      168.0,
      22.0
     ],
     "outlettype": [
      "",
      "int"
     ],
     "id": "obj-196"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "prepend /resynthesis 2",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      820.0,
      1150.0,
      168.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-197"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl slice 1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      510.0,
      1270.0,
      84.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-198"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "prepend replace",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      510.0,
      1300.0,
      119.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-199"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "buffer~ ngs_track2",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      510.0,
      1330.0,
      140.0,
      22.0
     ],
     "outlettype": [
      "float",
      "bang"
     ],
     "id": "obj-200"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "unpack 0 0",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      660.0,
      1300.0,
      84.0,
      22.0
     ],
     "outlettype": [
      "int",
      "int"
     ],
     "id": "obj-201"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "start",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      660.0,
      1360.0,
      49.0,
      22.0
     ],
     "id": "obj-202"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "play~ ngs_track2",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      510.0,
      1390.0,
      126.0,
      22.0
     ],
     "outlettype": [
      "signal",
      "bang"
     ],
     "id": "obj-203"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "*~ 0.8",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      510.0,
      1420.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "signal"
     ],
     "id": "obj-204"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "/ 127.",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      820.0,
      940.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "float"
     ],
     "id": "obj-205"
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "3",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      12,
      256.0,
      25,
      20.0
     ],
     "fontface": 1,
     "id": "obj-206",
     "presentation": 1,
     "presentation_rect": [
      12,
      256.0,
      25,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      40.0,
      255.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-207",
     "presentation": 1,
     "presentation_rect": [
      40.0,
      255.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      64.0,
      255.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-208",
     "presentation": 1,
     "presentation_rect": [
      64.0,
      255.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      88.0,
      255.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-209",
     "presentation": 1,
     "presentation_rect": [
      88.0,
      255.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      112.0,
      255.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-210",
     "presentation": 1,
     "presentation_rect": [
      112.0,
      255.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      136.0,
      255.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-211",
     "presentation": 1,
     "presentation_rect": [
      136.0,
      255.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      160.0,
      255.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-212",
     "presentation": 1,
     "presentation_rect": [
      160.0,
      255.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      184.0,
      255.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-213",
     "presentation": 1,
     "presentation_rect": [
      184.0,
      255.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      208.0,
      255.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-214",
     "presentation": 1,
     "presentation_rect": [
      208.0,
      255.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      232.0,
      255.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-215",
     "presentation": 1,
     "presentation_rect": [
      232.0,
      255.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      256.0,
      255.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-216",
     "presentation": 1,
     "presentation_rect": [
      256.0,
      255.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      280.0,
      255.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-217",
     "presentation": 1,
     "presentation_rect": [
      280.0,
      255.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      304.0,
      255.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-218",
     "presentation": 1,
     "presentation_rect": [
      304.0,
      255.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      328.0,
      255.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-219",
     "presentation": 1,
     "presentation_rect": [
      328.0,
      255.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      352.0,
      255.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-220",
     "presentation": 1,
     "presentation_rect": [
      352.0,
      255.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      376.0,
      255.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-221",
     "presentation": 1,
     "presentation_rect": [
      376.0,
      255.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      400.0,
      255.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-222",
     "presentation": 1,
     "presentation_rect": [
      400.0,
      255.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "umenu",
     "numinlets": 1,
     "numoutlets": 3,
     "patching_rect": [
      440.0,
      255.0,
      90,
      22
     ],
     "parameter_enable": 0,
     "hint": "drum class of this track (filled from the server's /classes)",
     "outlettype": [
      "int",
      "",
      ""
     ],
     "id": "obj-223",
     "presentation": 1,
     "presentation_rect": [
      440.0,
      255.0,
      90,
      22
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      535.0,
      255.0,
      40,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": 0,
     "hint": "class as a 0-based index",
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-224",
     "presentation": 1,
     "presentation_rect": [
      535.0,
      255.0,
      40,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "sample_note",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      580.0,
      255.0,
      80,
      22.0
     ],
     "id": "obj-225",
     "presentation": 1,
     "presentation_rect": [
      580.0,
      255.0,
      80,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "sample_path",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      664.0,
      255.0,
      80,
      22.0
     ],
     "id": "obj-226",
     "presentation": 1,
     "presentation_rect": [
      664.0,
      255.0,
      80,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      752.0,
      255.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-227",
     "presentation": 1,
     "presentation_rect": [
      752.0,
      255.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      780.0,
      255.0,
      50,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "minimum": 0.0,
     "maximum": 10.0,
     "hint": "temperature 0..10: low = typical hits, high = unusual ones",
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-228",
     "presentation": 1,
     "presentation_rect": [
      780.0,
      255.0,
      50,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      835.0,
      255.0,
      50,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": -1,
     "hint": "-1: a new random hit each time; 0 or more: repeatable",
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-229",
     "presentation": 1,
     "presentation_rect": [
      835.0,
      255.0,
      50,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "slider",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      890.0,
      257.0,
      85,
      18
     ],
     "parameter_enable": 0,
     "hint": "track volume",
     "outlettype": [
      ""
     ],
     "id": "obj-230",
     "presentation": 1,
     "presentation_rect": [
      890.0,
      257.0,
      85,
      18
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      980.0,
      255.0,
      55,
      22.0
     ],
     "parameter_enable": 0,
     "hint": "length of the loaded buffer in samples",
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-231",
     "presentation": 1,
     "presentation_rect": [
      980.0,
      255.0,
      55,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "dropfile",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      1040.0,
      255.0,
      120,
      22
     ],
     "hint": "drop an audio file to resynthesise it (ngs serve --allow-dir <its folder>)",
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-232",
     "presentation": 1,
     "presentation_rect": [
      1040.0,
      255.0,
      120,
      22
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "track 3",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      1090.0,
      790.0,
      100,
      20.0
     ],
     "id": "obj-233"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "1 0 1 0 1 0 1 0 1 0 1 0 1 0 1 0",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1010.0,
      820.0,
      231.0,
      22.0
     ],
     "id": "obj-234"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "unpack 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
     "numinlets": 1,
     "numoutlets": 16,
     "patching_rect": [
      1010.0,
      850.0,
      280.0,
      22.0
     ],
     "outlettype": [
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int"
     ],
     "id": "obj-235"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "pak 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
     "numinlets": 16,
     "numoutlets": 1,
     "patching_rect": [
      1010.0,
      880.0,
      259.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-236"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "r ngs_step",
     "numinlets": 0,
     "numoutlets": 1,
     "patching_rect": [
      1160.0,
      910.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-237"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl lookup",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      1160.0,
      940.0,
      77.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-238"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "sel 1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      1160.0,
      970.0,
      49.0,
      22.0
     ],
     "outlettype": [
      "bang",
      ""
     ],
     "id": "obj-239"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadbang",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1010.0,
      790.0,
      70.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-240"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 0",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1220.0,
      1000.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-241"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "+ 1",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      1220.0,
      1030.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "id": "obj-242"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "gate 2",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      1160.0,
      1060.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-243"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 2",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1010.0,
      910.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-244"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 1.",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1010.0,
      940.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-245"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess -1",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1010.0,
      970.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-246"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 100",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1320.0,
      910.0,
      98.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-247"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "set $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1090.0,
      1030.0,
      56.0,
      22.0
     ],
     "id": "obj-248"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "r ngs_reselect",
     "numinlets": 0,
     "numoutlets": 1,
     "patching_rect": [
      1010.0,
      1000.0,
      112.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-249"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "pak -1 0 1.",
     "numinlets": 3,
     "numoutlets": 1,
     "patching_rect": [
      1010.0,
      1060.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-250"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl reg",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      1010.0,
      1090.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-251"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t b",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1160.0,
      1090.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-252"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "route -1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      1010.0,
      1120.0,
      70.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-253"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_note 3 $1 $2",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1010.0,
      1150.0,
      154.0,
      22.0
     ],
     "id": "obj-254"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_note 3 $2 $3 $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1010.0,
      1180.0,
      175.0,
      22.0
     ],
     "id": "obj-255"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "s ngs_osc",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      1010.0,
      1220.0,
      77.0,
      22.0
     ],
     "id": "obj-256"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t b",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1320.0,
      1000.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-257"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "i",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      1320.0,
      1030.0,
      21.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "id": "obj-258"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_path 3 $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1320.0,
      1060.0,
      133.0,
      22.0
     ],
     "id": "obj-259"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "conformpath slash boot",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      1320.0,
      1120.0,
      168.0,
      22.0
     ],
     "outlettype": [
      "",
      "int"
     ],
     "id": "obj-260"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "prepend /resynthesis 3",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1320.0,
      1150.0,
      168.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-261"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl slice 1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      1010.0,
      1270.0,
      84.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-262"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "prepend replace",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1010.0,
      1300.0,
      119.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-263"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "buffer~ ngs_track3",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      1010.0,
      1330.0,
      140.0,
      22.0
     ],
     "outlettype": [
      "float",
      "bang"
     ],
     "id": "obj-264"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "unpack 0 0",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      1160.0,
      1300.0,
      84.0,
      22.0
     ],
     "outlettype": [
      "int",
      "int"
     ],
     "id": "obj-265"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "start",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1160.0,
      1360.0,
      49.0,
      22.0
     ],
     "id": "obj-266"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "play~ ngs_track3",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      1010.0,
      1390.0,
      126.0,
      22.0
     ],
     "outlettype": [
      "signal",
      "bang"
     ],
     "id": "obj-267"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "*~ 0.8",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      1010.0,
      1420.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "signal"
     ],
     "id": "obj-268"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "/ 127.",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      1320.0,
      940.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "float"
     ],
     "id": "obj-269"
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "4",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      12,
      286.0,
      25,
      20.0
     ],
     "fontface": 1,
     "id": "obj-270",
     "presentation": 1,
     "presentation_rect": [
      12,
      286.0,
      25,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      40.0,
      285.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-271",
     "presentation": 1,
     "presentation_rect": [
      40.0,
      285.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      64.0,
      285.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-272",
     "presentation": 1,
     "presentation_rect": [
      64.0,
      285.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      88.0,
      285.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-273",
     "presentation": 1,
     "presentation_rect": [
      88.0,
      285.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      112.0,
      285.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-274",
     "presentation": 1,
     "presentation_rect": [
      112.0,
      285.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      136.0,
      285.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-275",
     "presentation": 1,
     "presentation_rect": [
      136.0,
      285.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      160.0,
      285.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-276",
     "presentation": 1,
     "presentation_rect": [
      160.0,
      285.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      184.0,
      285.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-277",
     "presentation": 1,
     "presentation_rect": [
      184.0,
      285.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      208.0,
      285.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-278",
     "presentation": 1,
     "presentation_rect": [
      208.0,
      285.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      232.0,
      285.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-279",
     "presentation": 1,
     "presentation_rect": [
      232.0,
      285.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      256.0,
      285.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-280",
     "presentation": 1,
     "presentation_rect": [
      256.0,
      285.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      280.0,
      285.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-281",
     "presentation": 1,
     "presentation_rect": [
      280.0,
      285.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      304.0,
      285.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-282",
     "presentation": 1,
     "presentation_rect": [
      304.0,
      285.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      328.0,
      285.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-283",
     "presentation": 1,
     "presentation_rect": [
      328.0,
      285.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      352.0,
      285.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-284",
     "presentation": 1,
     "presentation_rect": [
      352.0,
      285.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      376.0,
      285.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-285",
     "presentation": 1,
     "presentation_rect": [
      376.0,
      285.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      400.0,
      285.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-286",
     "presentation": 1,
     "presentation_rect": [
      400.0,
      285.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "umenu",
     "numinlets": 1,
     "numoutlets": 3,
     "patching_rect": [
      440.0,
      285.0,
      90,
      22
     ],
     "parameter_enable": 0,
     "hint": "drum class of this track (filled from the server's /classes)",
     "outlettype": [
      "int",
      "",
      ""
     ],
     "id": "obj-287",
     "presentation": 1,
     "presentation_rect": [
      440.0,
      285.0,
      90,
      22
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      535.0,
      285.0,
      40,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": 0,
     "hint": "class as a 0-based index",
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-288",
     "presentation": 1,
     "presentation_rect": [
      535.0,
      285.0,
      40,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "sample_note",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      580.0,
      285.0,
      80,
      22.0
     ],
     "id": "obj-289",
     "presentation": 1,
     "presentation_rect": [
      580.0,
      285.0,
      80,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "sample_path",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      664.0,
      285.0,
      80,
      22.0
     ],
     "id": "obj-290",
     "presentation": 1,
     "presentation_rect": [
      664.0,
      285.0,
      80,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      752.0,
      285.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-291",
     "presentation": 1,
     "presentation_rect": [
      752.0,
      285.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      780.0,
      285.0,
      50,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "minimum": 0.0,
     "maximum": 10.0,
     "hint": "temperature 0..10: low = typical hits, high = unusual ones",
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-292",
     "presentation": 1,
     "presentation_rect": [
      780.0,
      285.0,
      50,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      835.0,
      285.0,
      50,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": -1,
     "hint": "-1: a new random hit each time; 0 or more: repeatable",
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-293",
     "presentation": 1,
     "presentation_rect": [
      835.0,
      285.0,
      50,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "slider",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      890.0,
      287.0,
      85,
      18
     ],
     "parameter_enable": 0,
     "hint": "track volume",
     "outlettype": [
      ""
     ],
     "id": "obj-294",
     "presentation": 1,
     "presentation_rect": [
      890.0,
      287.0,
      85,
      18
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      980.0,
      285.0,
      55,
      22.0
     ],
     "parameter_enable": 0,
     "hint": "length of the loaded buffer in samples",
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-295",
     "presentation": 1,
     "presentation_rect": [
      980.0,
      285.0,
      55,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "dropfile",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      1040.0,
      285.0,
      120,
      22
     ],
     "hint": "drop an audio file to resynthesise it (ngs serve --allow-dir <its folder>)",
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-296",
     "presentation": 1,
     "presentation_rect": [
      1040.0,
      285.0,
      120,
      22
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "track 4",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      1590.0,
      790.0,
      100,
      20.0
     ],
     "id": "obj-297"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "0 0 0 0 0 0 0 0 0 0 0 0 0 0 1 0",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1510.0,
      820.0,
      231.0,
      22.0
     ],
     "id": "obj-298"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "unpack 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
     "numinlets": 1,
     "numoutlets": 16,
     "patching_rect": [
      1510.0,
      850.0,
      280.0,
      22.0
     ],
     "outlettype": [
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int"
     ],
     "id": "obj-299"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "pak 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
     "numinlets": 16,
     "numoutlets": 1,
     "patching_rect": [
      1510.0,
      880.0,
      259.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-300"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "r ngs_step",
     "numinlets": 0,
     "numoutlets": 1,
     "patching_rect": [
      1660.0,
      910.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-301"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl lookup",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      1660.0,
      940.0,
      77.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-302"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "sel 1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      1660.0,
      970.0,
      49.0,
      22.0
     ],
     "outlettype": [
      "bang",
      ""
     ],
     "id": "obj-303"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadbang",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1510.0,
      790.0,
      70.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-304"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 0",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1720.0,
      1000.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-305"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "+ 1",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      1720.0,
      1030.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "id": "obj-306"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "gate 2",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      1660.0,
      1060.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-307"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 3",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1510.0,
      910.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-308"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 1.",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1510.0,
      940.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-309"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess -1",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1510.0,
      970.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-310"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 100",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1820.0,
      910.0,
      98.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-311"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "set $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1590.0,
      1030.0,
      56.0,
      22.0
     ],
     "id": "obj-312"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "r ngs_reselect",
     "numinlets": 0,
     "numoutlets": 1,
     "patching_rect": [
      1510.0,
      1000.0,
      112.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-313"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "pak -1 0 1.",
     "numinlets": 3,
     "numoutlets": 1,
     "patching_rect": [
      1510.0,
      1060.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-314"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl reg",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      1510.0,
      1090.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-315"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t b",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1660.0,
      1090.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-316"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "route -1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      1510.0,
      1120.0,
      70.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-317"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_note 4 $1 $2",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1510.0,
      1150.0,
      154.0,
      22.0
     ],
     "id": "obj-318"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_note 4 $2 $3 $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1510.0,
      1180.0,
      175.0,
      22.0
     ],
     "id": "obj-319"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "s ngs_osc",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      1510.0,
      1220.0,
      77.0,
      22.0
     ],
     "id": "obj-320"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t b",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1820.0,
      1000.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-321"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "i",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      1820.0,
      1030.0,
      21.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "id": "obj-322"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_path 4 $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1820.0,
      1060.0,
      133.0,
      22.0
     ],
     "id": "obj-323"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "conformpath slash boot",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      1820.0,
      1120.0,
      168.0,
      22.0
     ],
     "outlettype": [
      "",
      "int"
     ],
     "id": "obj-324"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "prepend /resynthesis 4",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1820.0,
      1150.0,
      168.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-325"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl slice 1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      1510.0,
      1270.0,
      84.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-326"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "prepend replace",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1510.0,
      1300.0,
      119.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-327"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "buffer~ ngs_track4",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      1510.0,
      1330.0,
      140.0,
      22.0
     ],
     "outlettype": [
      "float",
      "bang"
     ],
     "id": "obj-328"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "unpack 0 0",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      1660.0,
      1300.0,
      84.0,
      22.0
     ],
     "outlettype": [
      "int",
      "int"
     ],
     "id": "obj-329"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "start",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1660.0,
      1360.0,
      49.0,
      22.0
     ],
     "id": "obj-330"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "play~ ngs_track4",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      1510.0,
      1390.0,
      126.0,
      22.0
     ],
     "outlettype": [
      "signal",
      "bang"
     ],
     "id": "obj-331"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "*~ 0.8",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      1510.0,
      1420.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "signal"
     ],
     "id": "obj-332"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "/ 127.",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      1820.0,
      940.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "float"
     ],
     "id": "obj-333"
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "5",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      12,
      316.0,
      25,
      20.0
     ],
     "fontface": 1,
     "id": "obj-334",
     "presentation": 1,
     "presentation_rect": [
      12,
      316.0,
      25,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      40.0,
      315.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-335",
     "presentation": 1,
     "presentation_rect": [
      40.0,
      315.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      64.0,
      315.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-336",
     "presentation": 1,
     "presentation_rect": [
      64.0,
      315.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      88.0,
      315.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-337",
     "presentation": 1,
     "presentation_rect": [
      88.0,
      315.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      112.0,
      315.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-338",
     "presentation": 1,
     "presentation_rect": [
      112.0,
      315.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      136.0,
      315.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-339",
     "presentation": 1,
     "presentation_rect": [
      136.0,
      315.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      160.0,
      315.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-340",
     "presentation": 1,
     "presentation_rect": [
      160.0,
      315.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      184.0,
      315.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-341",
     "presentation": 1,
     "presentation_rect": [
      184.0,
      315.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      208.0,
      315.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-342",
     "presentation": 1,
     "presentation_rect": [
      208.0,
      315.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      232.0,
      315.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-343",
     "presentation": 1,
     "presentation_rect": [
      232.0,
      315.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      256.0,
      315.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-344",
     "presentation": 1,
     "presentation_rect": [
      256.0,
      315.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      280.0,
      315.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-345",
     "presentation": 1,
     "presentation_rect": [
      280.0,
      315.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      304.0,
      315.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-346",
     "presentation": 1,
     "presentation_rect": [
      304.0,
      315.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      328.0,
      315.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-347",
     "presentation": 1,
     "presentation_rect": [
      328.0,
      315.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      352.0,
      315.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-348",
     "presentation": 1,
     "presentation_rect": [
      352.0,
      315.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      376.0,
      315.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-349",
     "presentation": 1,
     "presentation_rect": [
      376.0,
      315.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      400.0,
      315.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-350",
     "presentation": 1,
     "presentation_rect": [
      400.0,
      315.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "umenu",
     "numinlets": 1,
     "numoutlets": 3,
     "patching_rect": [
      440.0,
      315.0,
      90,
      22
     ],
     "parameter_enable": 0,
     "hint": "drum class of this track (filled from the server's /classes)",
     "outlettype": [
      "int",
      "",
      ""
     ],
     "id": "obj-351",
     "presentation": 1,
     "presentation_rect": [
      440.0,
      315.0,
      90,
      22
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      535.0,
      315.0,
      40,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": 0,
     "hint": "class as a 0-based index",
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-352",
     "presentation": 1,
     "presentation_rect": [
      535.0,
      315.0,
      40,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "sample_note",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      580.0,
      315.0,
      80,
      22.0
     ],
     "id": "obj-353",
     "presentation": 1,
     "presentation_rect": [
      580.0,
      315.0,
      80,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "sample_path",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      664.0,
      315.0,
      80,
      22.0
     ],
     "id": "obj-354",
     "presentation": 1,
     "presentation_rect": [
      664.0,
      315.0,
      80,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      752.0,
      315.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-355",
     "presentation": 1,
     "presentation_rect": [
      752.0,
      315.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      780.0,
      315.0,
      50,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "minimum": 0.0,
     "maximum": 10.0,
     "hint": "temperature 0..10: low = typical hits, high = unusual ones",
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-356",
     "presentation": 1,
     "presentation_rect": [
      780.0,
      315.0,
      50,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      835.0,
      315.0,
      50,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": -1,
     "hint": "-1: a new random hit each time; 0 or more: repeatable",
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-357",
     "presentation": 1,
     "presentation_rect": [
      835.0,
      315.0,
      50,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "slider",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      890.0,
      317.0,
      85,
      18
     ],
     "parameter_enable": 0,
     "hint": "track volume",
     "outlettype": [
      ""
     ],
     "id": "obj-358",
     "presentation": 1,
     "presentation_rect": [
      890.0,
      317.0,
      85,
      18
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      980.0,
      315.0,
      55,
      22.0
     ],
     "parameter_enable": 0,
     "hint": "length of the loaded buffer in samples",
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-359",
     "presentation": 1,
     "presentation_rect": [
      980.0,
      315.0,
      55,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "dropfile",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      1040.0,
      315.0,
      120,
      22
     ],
     "hint": "drop an audio file to resynthesise it (ngs serve --allow-dir <its folder>)",
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-360",
     "presentation": 1,
     "presentation_rect": [
      1040.0,
      315.0,
      120,
      22
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "track 5",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      2090.0,
      790.0,
      100,
      20.0
     ],
     "id": "obj-361"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "0 0 0 1 0 0 0 0 0 0 0 1 0 0 0 0",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      2010.0,
      820.0,
      231.0,
      22.0
     ],
     "id": "obj-362"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "unpack 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
     "numinlets": 1,
     "numoutlets": 16,
     "patching_rect": [
      2010.0,
      850.0,
      280.0,
      22.0
     ],
     "outlettype": [
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int"
     ],
     "id": "obj-363"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "pak 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
     "numinlets": 16,
     "numoutlets": 1,
     "patching_rect": [
      2010.0,
      880.0,
      259.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-364"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "r ngs_step",
     "numinlets": 0,
     "numoutlets": 1,
     "patching_rect": [
      2160.0,
      910.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-365"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl lookup",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      2160.0,
      940.0,
      77.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-366"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "sel 1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      2160.0,
      970.0,
      49.0,
      22.0
     ],
     "outlettype": [
      "bang",
      ""
     ],
     "id": "obj-367"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadbang",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2010.0,
      790.0,
      70.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-368"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 0",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2220.0,
      1000.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-369"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "+ 1",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      2220.0,
      1030.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "id": "obj-370"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "gate 2",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      2160.0,
      1060.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-371"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 4",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2010.0,
      910.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-372"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 1.",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2010.0,
      940.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-373"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess -1",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2010.0,
      970.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-374"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 100",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2320.0,
      910.0,
      98.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-375"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "set $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      2090.0,
      1030.0,
      56.0,
      22.0
     ],
     "id": "obj-376"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "r ngs_reselect",
     "numinlets": 0,
     "numoutlets": 1,
     "patching_rect": [
      2010.0,
      1000.0,
      112.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-377"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "pak -1 0 1.",
     "numinlets": 3,
     "numoutlets": 1,
     "patching_rect": [
      2010.0,
      1060.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-378"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl reg",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      2010.0,
      1090.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-379"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t b",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2160.0,
      1090.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-380"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "route -1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      2010.0,
      1120.0,
      70.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-381"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_note 5 $1 $2",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      2010.0,
      1150.0,
      154.0,
      22.0
     ],
     "id": "obj-382"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_note 5 $2 $3 $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      2010.0,
      1180.0,
      175.0,
      22.0
     ],
     "id": "obj-383"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "s ngs_osc",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      2010.0,
      1220.0,
      77.0,
      22.0
     ],
     "id": "obj-384"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t b",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2320.0,
      1000.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-385"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "i",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      2320.0,
      1030.0,
      21.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "id": "obj-386"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_path 5 $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      2320.0,
      1060.0,
      133.0,
      22.0
     ],
     "id": "obj-387"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "conformpath slash boot",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      2320.0,
      1120.0,
      168.0,
      22.0
     ],
     "outlettype": [
      "",
      "int"
     ],
     "id": "obj-388"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "prepend /resynthesis 5",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2320.0,
      1150.0,
      168.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-389"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl slice 1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      2010.0,
      1270.0,
      84.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-390"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "prepend replace",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2010.0,
      1300.0,
      119.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-391"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "buffer~ ngs_track5",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      2010.0,
      1330.0,
      140.0,
      22.0
     ],
     "outlettype": [
      "float",
      "bang"
     ],
     "id": "obj-392"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "unpack 0 0",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      2160.0,
      1300.0,
      84.0,
      22.0
     ],
     "outlettype": [
      "int",
      "int"
     ],
     "id": "obj-393"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "start",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      2160.0,
      1360.0,
      49.0,
      22.0
     ],
     "id": "obj-394"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "play~ ngs_track5",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      2010.0,
      1390.0,
      126.0,
      22.0
     ],
     "outlettype": [
      "signal",
      "bang"
     ],
     "id": "obj-395"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "*~ 0.8",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      2010.0,
      1420.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "signal"
     ],
     "id": "obj-396"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "/ 127.",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      2320.0,
      940.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "float"
     ],
     "id": "obj-397"
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "6",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      12,
      346.0,
      25,
      20.0
     ],
     "fontface": 1,
     "id": "obj-398",
     "presentation": 1,
     "presentation_rect": [
      12,
      346.0,
      25,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      40.0,
      345.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-399",
     "presentation": 1,
     "presentation_rect": [
      40.0,
      345.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      64.0,
      345.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-400",
     "presentation": 1,
     "presentation_rect": [
      64.0,
      345.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      88.0,
      345.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-401",
     "presentation": 1,
     "presentation_rect": [
      88.0,
      345.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      112.0,
      345.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-402",
     "presentation": 1,
     "presentation_rect": [
      112.0,
      345.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      136.0,
      345.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-403",
     "presentation": 1,
     "presentation_rect": [
      136.0,
      345.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      160.0,
      345.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-404",
     "presentation": 1,
     "presentation_rect": [
      160.0,
      345.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      184.0,
      345.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-405",
     "presentation": 1,
     "presentation_rect": [
      184.0,
      345.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      208.0,
      345.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-406",
     "presentation": 1,
     "presentation_rect": [
      208.0,
      345.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      232.0,
      345.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-407",
     "presentation": 1,
     "presentation_rect": [
      232.0,
      345.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      256.0,
      345.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-408",
     "presentation": 1,
     "presentation_rect": [
      256.0,
      345.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      280.0,
      345.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-409",
     "presentation": 1,
     "presentation_rect": [
      280.0,
      345.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      304.0,
      345.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-410",
     "presentation": 1,
     "presentation_rect": [
      304.0,
      345.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      328.0,
      345.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-411",
     "presentation": 1,
     "presentation_rect": [
      328.0,
      345.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      352.0,
      345.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-412",
     "presentation": 1,
     "presentation_rect": [
      352.0,
      345.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      376.0,
      345.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-413",
     "presentation": 1,
     "presentation_rect": [
      376.0,
      345.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      400.0,
      345.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-414",
     "presentation": 1,
     "presentation_rect": [
      400.0,
      345.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "umenu",
     "numinlets": 1,
     "numoutlets": 3,
     "patching_rect": [
      440.0,
      345.0,
      90,
      22
     ],
     "parameter_enable": 0,
     "hint": "drum class of this track (filled from the server's /classes)",
     "outlettype": [
      "int",
      "",
      ""
     ],
     "id": "obj-415",
     "presentation": 1,
     "presentation_rect": [
      440.0,
      345.0,
      90,
      22
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      535.0,
      345.0,
      40,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": 0,
     "hint": "class as a 0-based index",
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-416",
     "presentation": 1,
     "presentation_rect": [
      535.0,
      345.0,
      40,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "sample_note",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      580.0,
      345.0,
      80,
      22.0
     ],
     "id": "obj-417",
     "presentation": 1,
     "presentation_rect": [
      580.0,
      345.0,
      80,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "sample_path",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      664.0,
      345.0,
      80,
      22.0
     ],
     "id": "obj-418",
     "presentation": 1,
     "presentation_rect": [
      664.0,
      345.0,
      80,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      752.0,
      345.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-419",
     "presentation": 1,
     "presentation_rect": [
      752.0,
      345.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      780.0,
      345.0,
      50,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "minimum": 0.0,
     "maximum": 10.0,
     "hint": "temperature 0..10: low = typical hits, high = unusual ones",
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-420",
     "presentation": 1,
     "presentation_rect": [
      780.0,
      345.0,
      50,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      835.0,
      345.0,
      50,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": -1,
     "hint": "-1: a new random hit each time; 0 or more: repeatable",
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-421",
     "presentation": 1,
     "presentation_rect": [
      835.0,
      345.0,
      50,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "slider",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      890.0,
      347.0,
      85,
      18
     ],
     "parameter_enable": 0,
     "hint": "track volume",
     "outlettype": [
      ""
     ],
     "id": "obj-422",
     "presentation": 1,
     "presentation_rect": [
      890.0,
      347.0,
      85,
      18
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      980.0,
      345.0,
      55,
      22.0
     ],
     "parameter_enable": 0,
     "hint": "length of the loaded buffer in samples",
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-423",
     "presentation": 1,
     "presentation_rect": [
      980.0,
      345.0,
      55,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "dropfile",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      1040.0,
      345.0,
      120,
      22
     ],
     "hint": "drop an audio file to resynthesise it (ngs serve --allow-dir <its folder>)",
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-424",
     "presentation": 1,
     "presentation_rect": [
      1040.0,
      345.0,
      120,
      22
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "track 6",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      2590.0,
      790.0,
      100,
      20.0
     ],
     "id": "obj-425"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "0 0 0 0 0 0 1 0 0 0 0 0 0 1 0 0",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      2510.0,
      820.0,
      231.0,
      22.0
     ],
     "id": "obj-426"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "unpack 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
     "numinlets": 1,
     "numoutlets": 16,
     "patching_rect": [
      2510.0,
      850.0,
      280.0,
      22.0
     ],
     "outlettype": [
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int"
     ],
     "id": "obj-427"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "pak 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
     "numinlets": 16,
     "numoutlets": 1,
     "patching_rect": [
      2510.0,
      880.0,
      259.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-428"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "r ngs_step",
     "numinlets": 0,
     "numoutlets": 1,
     "patching_rect": [
      2660.0,
      910.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-429"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl lookup",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      2660.0,
      940.0,
      77.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-430"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "sel 1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      2660.0,
      970.0,
      49.0,
      22.0
     ],
     "outlettype": [
      "bang",
      ""
     ],
     "id": "obj-431"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadbang",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2510.0,
      790.0,
      70.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-432"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 0",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2720.0,
      1000.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-433"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "+ 1",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      2720.0,
      1030.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "id": "obj-434"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "gate 2",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      2660.0,
      1060.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-435"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 5",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2510.0,
      910.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-436"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 1.",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2510.0,
      940.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-437"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess -1",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2510.0,
      970.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-438"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 100",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2820.0,
      910.0,
      98.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-439"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "set $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      2590.0,
      1030.0,
      56.0,
      22.0
     ],
     "id": "obj-440"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "r ngs_reselect",
     "numinlets": 0,
     "numoutlets": 1,
     "patching_rect": [
      2510.0,
      1000.0,
      112.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-441"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "pak -1 0 1.",
     "numinlets": 3,
     "numoutlets": 1,
     "patching_rect": [
      2510.0,
      1060.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-442"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl reg",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      2510.0,
      1090.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-443"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t b",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2660.0,
      1090.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-444"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "route -1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      2510.0,
      1120.0,
      70.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-445"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_note 6 $1 $2",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      2510.0,
      1150.0,
      154.0,
      22.0
     ],
     "id": "obj-446"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_note 6 $2 $3 $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      2510.0,
      1180.0,
      175.0,
      22.0
     ],
     "id": "obj-447"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "s ngs_osc",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      2510.0,
      1220.0,
      77.0,
      22.0
     ],
     "id": "obj-448"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t b",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2820.0,
      1000.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-449"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "i",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      2820.0,
      1030.0,
      21.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "id": "obj-450"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_path 6 $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      2820.0,
      1060.0,
      133.0,
      22.0
     ],
     "id": "obj-451"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "conformpath slash boot",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      2820.0,
      1120.0,
      168.0,
      22.0
     ],
     "outlettype": [
      "",
      "int"
     ],
     "id": "obj-452"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "prepend /resynthesis 6",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2820.0,
      1150.0,
      168.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-453"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl slice 1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      2510.0,
      1270.0,
      84.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-454"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "prepend replace",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2510.0,
      1300.0,
      119.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-455"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "buffer~ ngs_track6",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      2510.0,
      1330.0,
      140.0,
      22.0
     ],
     "outlettype": [
      "float",
      "bang"
     ],
     "id": "obj-456"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "unpack 0 0",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      2660.0,
      1300.0,
      84.0,
      22.0
     ],
     "outlettype": [
      "int",
      "int"
     ],
     "id": "obj-457"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "start",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      2660.0,
      1360.0,
      49.0,
      22.0
     ],
     "id": "obj-458"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "play~ ngs_track6",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      2510.0,
      1390.0,
      126.0,
      22.0
     ],
     "outlettype": [
      "signal",
      "bang"
     ],
     "id": "obj-459"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "*~ 0.8",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      2510.0,
      1420.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "signal"
     ],
     "id": "obj-460"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "/ 127.",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      2820.0,
      940.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "float"
     ],
     "id": "obj-461"
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "7",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      12,
      376.0,
      25,
      20.0
     ],
     "fontface": 1,
     "id": "obj-462",
     "presentation": 1,
     "presentation_rect": [
      12,
      376.0,
      25,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      40.0,
      375.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-463",
     "presentation": 1,
     "presentation_rect": [
      40.0,
      375.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      64.0,
      375.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-464",
     "presentation": 1,
     "presentation_rect": [
      64.0,
      375.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      88.0,
      375.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-465",
     "presentation": 1,
     "presentation_rect": [
      88.0,
      375.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      112.0,
      375.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-466",
     "presentation": 1,
     "presentation_rect": [
      112.0,
      375.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      136.0,
      375.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-467",
     "presentation": 1,
     "presentation_rect": [
      136.0,
      375.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      160.0,
      375.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-468",
     "presentation": 1,
     "presentation_rect": [
      160.0,
      375.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      184.0,
      375.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-469",
     "presentation": 1,
     "presentation_rect": [
      184.0,
      375.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      208.0,
      375.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-470",
     "presentation": 1,
     "presentation_rect": [
      208.0,
      375.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      232.0,
      375.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-471",
     "presentation": 1,
     "presentation_rect": [
      232.0,
      375.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      256.0,
      375.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-472",
     "presentation": 1,
     "presentation_rect": [
      256.0,
      375.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      280.0,
      375.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-473",
     "presentation": 1,
     "presentation_rect": [
      280.0,
      375.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      304.0,
      375.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-474",
     "presentation": 1,
     "presentation_rect": [
      304.0,
      375.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      328.0,
      375.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-475",
     "presentation": 1,
     "presentation_rect": [
      328.0,
      375.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      352.0,
      375.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-476",
     "presentation": 1,
     "presentation_rect": [
      352.0,
      375.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      376.0,
      375.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-477",
     "presentation": 1,
     "presentation_rect": [
      376.0,
      375.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      400.0,
      375.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-478",
     "presentation": 1,
     "presentation_rect": [
      400.0,
      375.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "umenu",
     "numinlets": 1,
     "numoutlets": 3,
     "patching_rect": [
      440.0,
      375.0,
      90,
      22
     ],
     "parameter_enable": 0,
     "hint": "drum class of this track (filled from the server's /classes)",
     "outlettype": [
      "int",
      "",
      ""
     ],
     "id": "obj-479",
     "presentation": 1,
     "presentation_rect": [
      440.0,
      375.0,
      90,
      22
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      535.0,
      375.0,
      40,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": 0,
     "hint": "class as a 0-based index",
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-480",
     "presentation": 1,
     "presentation_rect": [
      535.0,
      375.0,
      40,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "sample_note",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      580.0,
      375.0,
      80,
      22.0
     ],
     "id": "obj-481",
     "presentation": 1,
     "presentation_rect": [
      580.0,
      375.0,
      80,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "sample_path",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      664.0,
      375.0,
      80,
      22.0
     ],
     "id": "obj-482",
     "presentation": 1,
     "presentation_rect": [
      664.0,
      375.0,
      80,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      752.0,
      375.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-483",
     "presentation": 1,
     "presentation_rect": [
      752.0,
      375.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      780.0,
      375.0,
      50,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "minimum": 0.0,
     "maximum": 10.0,
     "hint": "temperature 0..10: low = typical hits, high = unusual ones",
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-484",
     "presentation": 1,
     "presentation_rect": [
      780.0,
      375.0,
      50,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      835.0,
      375.0,
      50,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": -1,
     "hint": "-1: a new random hit each time; 0 or more: repeatable",
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-485",
     "presentation": 1,
     "presentation_rect": [
      835.0,
      375.0,
      50,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "slider",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      890.0,
      377.0,
      85,
      18
     ],
     "parameter_enable": 0,
     "hint": "track volume",
     "outlettype": [
      ""
     ],
     "id": "obj-486",
     "presentation": 1,
     "presentation_rect": [
      890.0,
      377.0,
      85,
      18
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      980.0,
      375.0,
      55,
      22.0
     ],
     "parameter_enable": 0,
     "hint": "length of the loaded buffer in samples",
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-487",
     "presentation": 1,
     "presentation_rect": [
      980.0,
      375.0,
      55,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "dropfile",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      1040.0,
      375.0,
      120,
      22
     ],
     "hint": "drop an audio file to resynthesise it (ngs serve --allow-dir <its folder>)",
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-488",
     "presentation": 1,
     "presentation_rect": [
      1040.0,
      375.0,
      120,
      22
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "track 7",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      3090.0,
      790.0,
      100,
      20.0
     ],
     "id": "obj-489"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "0 0 0 0 0 0 0 1 0 0 0 0 0 0 0 0",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      3010.0,
      820.0,
      231.0,
      22.0
     ],
     "id": "obj-490"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "unpack 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
     "numinlets": 1,
     "numoutlets": 16,
     "patching_rect": [
      3010.0,
      850.0,
      280.0,
      22.0
     ],
     "outlettype": [
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int"
     ],
     "id": "obj-491"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "pak 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
     "numinlets": 16,
     "numoutlets": 1,
     "patching_rect": [
      3010.0,
      880.0,
      259.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-492"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "r ngs_step",
     "numinlets": 0,
     "numoutlets": 1,
     "patching_rect": [
      3160.0,
      910.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-493"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl lookup",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      3160.0,
      940.0,
      77.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-494"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "sel 1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      3160.0,
      970.0,
      49.0,
      22.0
     ],
     "outlettype": [
      "bang",
      ""
     ],
     "id": "obj-495"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadbang",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3010.0,
      790.0,
      70.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-496"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 0",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3220.0,
      1000.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-497"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "+ 1",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      3220.0,
      1030.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "id": "obj-498"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "gate 2",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      3160.0,
      1060.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-499"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 6",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3010.0,
      910.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-500"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 1.",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3010.0,
      940.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-501"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess -1",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3010.0,
      970.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-502"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 100",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3320.0,
      910.0,
      98.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-503"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "set $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      3090.0,
      1030.0,
      56.0,
      22.0
     ],
     "id": "obj-504"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "r ngs_reselect",
     "numinlets": 0,
     "numoutlets": 1,
     "patching_rect": [
      3010.0,
      1000.0,
      112.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-505"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "pak -1 0 1.",
     "numinlets": 3,
     "numoutlets": 1,
     "patching_rect": [
      3010.0,
      1060.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-506"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl reg",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      3010.0,
      1090.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-507"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t b",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3160.0,
      1090.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-508"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "route -1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      3010.0,
      1120.0,
      70.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-509"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_note 7 $1 $2",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      3010.0,
      1150.0,
      154.0,
      22.0
     ],
     "id": "obj-510"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_note 7 $2 $3 $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      3010.0,
      1180.0,
      175.0,
      22.0
     ],
     "id": "obj-511"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "s ngs_osc",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      3010.0,
      1220.0,
      77.0,
      22.0
     ],
     "id": "obj-512"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t b",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3320.0,
      1000.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-513"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "i",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      3320.0,
      1030.0,
      21.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "id": "obj-514"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_path 7 $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      3320.0,
      1060.0,
      133.0,
      22.0
     ],
     "id": "obj-515"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "conformpath slash boot",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      3320.0,
      1120.0,
      168.0,
      22.0
     ],
     "outlettype": [
      "",
      "int"
     ],
     "id": "obj-516"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "prepend /resynthesis 7",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3320.0,
      1150.0,
      168.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-517"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl slice 1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      3010.0,
      1270.0,
      84.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-518"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "prepend replace",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3010.0,
      1300.0,
      119.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-519"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "buffer~ ngs_track7",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      3010.0,
      1330.0,
      140.0,
      22.0
     ],
     "outlettype": [
      "float",
      "bang"
     ],
     "id": "obj-520"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "unpack 0 0",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      3160.0,
      1300.0,
      84.0,
      22.0
     ],
     "outlettype": [
      "int",
      "int"
     ],
     "id": "obj-521"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "start",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      3160.0,
      1360.0,
      49.0,
      22.0
     ],
     "id": "obj-522"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "play~ ngs_track7",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      3010.0,
      1390.0,
      126.0,
      22.0
     ],
     "outlettype": [
      "signal",
      "bang"
     ],
     "id": "obj-523"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "*~ 0.8",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      3010.0,
      1420.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "signal"
     ],
     "id": "obj-524"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "/ 127.",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      3320.0,
      940.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "float"
     ],
     "id": "obj-525"
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "8",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      12,
      406.0,
      25,
      20.0
     ],
     "fontface": 1,
     "id": "obj-526",
     "presentation": 1,
     "presentation_rect": [
      12,
      406.0,
      25,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      40.0,
      405.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-527",
     "presentation": 1,
     "presentation_rect": [
      40.0,
      405.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      64.0,
      405.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-528",
     "presentation": 1,
     "presentation_rect": [
      64.0,
      405.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      88.0,
      405.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-529",
     "presentation": 1,
     "presentation_rect": [
      88.0,
      405.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      112.0,
      405.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-530",
     "presentation": 1,
     "presentation_rect": [
      112.0,
      405.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      136.0,
      405.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-531",
     "presentation": 1,
     "presentation_rect": [
      136.0,
      405.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      160.0,
      405.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-532",
     "presentation": 1,
     "presentation_rect": [
      160.0,
      405.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      184.0,
      405.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-533",
     "presentation": 1,
     "presentation_rect": [
      184.0,
      405.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      208.0,
      405.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-534",
     "presentation": 1,
     "presentation_rect": [
      208.0,
      405.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      232.0,
      405.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-535",
     "presentation": 1,
     "presentation_rect": [
      232.0,
      405.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      256.0,
      405.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-536",
     "presentation": 1,
     "presentation_rect": [
      256.0,
      405.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      280.0,
      405.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-537",
     "presentation": 1,
     "presentation_rect": [
      280.0,
      405.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      304.0,
      405.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-538",
     "presentation": 1,
     "presentation_rect": [
      304.0,
      405.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      328.0,
      405.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-539",
     "presentation": 1,
     "presentation_rect": [
      328.0,
      405.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      352.0,
      405.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-540",
     "presentation": 1,
     "presentation_rect": [
      352.0,
      405.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      376.0,
      405.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-541",
     "presentation": 1,
     "presentation_rect": [
      376.0,
      405.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      400.0,
      405.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-542",
     "presentation": 1,
     "presentation_rect": [
      400.0,
      405.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "umenu",
     "numinlets": 1,
     "numoutlets": 3,
     "patching_rect": [
      440.0,
      405.0,
      90,
      22
     ],
     "parameter_enable": 0,
     "hint": "drum class of this track (filled from the server's /classes)",
     "outlettype": [
      "int",
      "",
      ""
     ],
     "id": "obj-543",
     "presentation": 1,
     "presentation_rect": [
      440.0,
      405.0,
      90,
      22
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      535.0,
      405.0,
      40,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": 0,
     "hint": "class as a 0-based index",
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-544",
     "presentation": 1,
     "presentation_rect": [
      535.0,
      405.0,
      40,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "sample_note",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      580.0,
      405.0,
      80,
      22.0
     ],
     "id": "obj-545",
     "presentation": 1,
     "presentation_rect": [
      580.0,
      405.0,
      80,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "sample_path",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      664.0,
      405.0,
      80,
      22.0
     ],
     "id": "obj-546",
     "presentation": 1,
     "presentation_rect": [
      664.0,
      405.0,
      80,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      752.0,
      405.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-547",
     "presentation": 1,
     "presentation_rect": [
      752.0,
      405.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      780.0,
      405.0,
      50,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "minimum": 0.0,
     "maximum": 10.0,
     "hint": "temperature 0..10: low = typical hits, high = unusual ones",
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-548",
     "presentation": 1,
     "presentation_rect": [
      780.0,
      405.0,
      50,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      835.0,
      405.0,
      50,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": -1,
     "hint": "-1: a new random hit each time; 0 or more: repeatable",
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-549",
     "presentation": 1,
     "presentation_rect": [
      835.0,
      405.0,
      50,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "slider",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      890.0,
      407.0,
      85,
      18
     ],
     "parameter_enable": 0,
     "hint": "track volume",
     "outlettype": [
      ""
     ],
     "id": "obj-550",
     "presentation": 1,
     "presentation_rect": [
      890.0,
      407.0,
      85,
      18
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      980.0,
      405.0,
      55,
      22.0
     ],
     "parameter_enable": 0,
     "hint": "length of the loaded buffer in samples",
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-551",
     "presentation": 1,
     "presentation_rect": [
      980.0,
      405.0,
      55,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "dropfile",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      1040.0,
      405.0,
      120,
      22
     ],
     "hint": "drop an audio file to resynthesise it (ngs serve --allow-dir <its folder>)",
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-552",
     "presentation": 1,
     "presentation_rect": [
      1040.0,
      405.0,
      120,
      22
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "track 8",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      3590.0,
      790.0,
      100,
      20.0
     ],
     "id": "obj-553"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "0 1 0 0 0 0 0 0 0 1 0 0 0 0 0 0",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      3510.0,
      820.0,
      231.0,
      22.0
     ],
     "id": "obj-554"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "unpack 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
     "numinlets": 1,
     "numoutlets": 16,
     "patching_rect": [
      3510.0,
      850.0,
      280.0,
      22.0
     ],
     "outlettype": [
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int"
     ],
     "id": "obj-555"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "pak 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
     "numinlets": 16,
     "numoutlets": 1,
     "patching_rect": [
      3510.0,
      880.0,
      259.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-556"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "r ngs_step",
     "numinlets": 0,
     "numoutlets": 1,
     "patching_rect": [
      3660.0,
      910.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-557"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl lookup",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      3660.0,
      940.0,
      77.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-558"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "sel 1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      3660.0,
      970.0,
      49.0,
      22.0
     ],
     "outlettype": [
      "bang",
      ""
     ],
     "id": "obj-559"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadbang",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3510.0,
      790.0,
      70.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-560"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 0",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3720.0,
      1000.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-561"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "+ 1",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      3720.0,
      1030.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "id": "obj-562"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "gate 2",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      3660.0,
      1060.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-563"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 7",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3510.0,
      910.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-564"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 1.",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3510.0,
      940.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-565"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess -1",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3510.0,
      970.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-566"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 100",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3820.0,
      910.0,
      98.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-567"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "set $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      3590.0,
      1030.0,
      56.0,
      22.0
     ],
     "id": "obj-568"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "r ngs_reselect",
     "numinlets": 0,
     "numoutlets": 1,
     "patching_rect": [
      3510.0,
      1000.0,
      112.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-569"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "pak -1 0 1.",
     "numinlets": 3,
     "numoutlets": 1,
     "patching_rect": [
      3510.0,
      1060.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-570"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl reg",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      3510.0,
      1090.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-571"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t b",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3660.0,
      1090.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-572"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "route -1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      3510.0,
      1120.0,
      70.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-573"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_note 8 $1 $2",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      3510.0,
      1150.0,
      154.0,
      22.0
     ],
     "id": "obj-574"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_note 8 $2 $3 $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      3510.0,
      1180.0,
      175.0,
      22.0
     ],
     "id": "obj-575"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "s ngs_osc",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      3510.0,
      1220.0,
      77.0,
      22.0
     ],
     "id": "obj-576"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t b",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3820.0,
      1000.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-577"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "i",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      3820.0,
      1030.0,
      21.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "id": "obj-578"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_path 8 $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      3820.0,
      1060.0,
      133.0,
      22.0
     ],
     "id": "obj-579"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "conformpath slash boot",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      3820.0,
      1120.0,
      168.0,
      22.0
     ],
     "outlettype": [
      "",
      "int"
     ],
     "id": "obj-580"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "prepend /resynthesis 8",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3820.0,
      1150.0,
      168.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-581"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl slice 1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      3510.0,
      1270.0,
      84.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-582"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "prepend replace",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3510.0,
      1300.0,
      119.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-583"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "buffer~ ngs_track8",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      3510.0,
      1330.0,
      140.0,
      22.0
     ],
     "outlettype": [
      "float",
      "bang"
     ],
     "id": "obj-584"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "unpack 0 0",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      3660.0,
      1300.0,
      84.0,
      22.0
     ],
     "outlettype": [
      "int",
      "int"
     ],
     "id": "obj-585"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "start",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      3660.0,
      1360.0,
      49.0,
      22.0
     ],
     "id": "obj-586"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "play~ ngs_track8",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      3510.0,
      1390.0,
      126.0,
      22.0
     ],
     "outlettype": [
      "signal",
      "bang"
     ],
     "id": "obj-587"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "*~ 0.8",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      3510.0,
      1420.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "signal"
     ],
     "id": "obj-588"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "/ 127.",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      3820.0,
      940.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "float"
     ],
     "id": "obj-589"
    }
   }
  ],
  "lines": [
   {
    "patchline": {
     "source": [
      "obj-51",
      0
     ],
     "destination": [
      "obj-11",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-11",
      0
     ],
     "destination": [
      "obj-46",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-46",
      0
     ],
     "destination": [
      "obj-47",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-9",
      0
     ],
     "destination": [
      "obj-47",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-47",
      0
     ],
     "destination": [
      "obj-48",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-48",
      0
     ],
     "destination": [
      "obj-49",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-48",
      0
     ],
     "destination": [
      "obj-50",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-50",
      0
     ],
     "destination": [
      "obj-20",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-50",
      1
     ],
     "destination": [
      "obj-21",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-50",
      2
     ],
     "destination": [
      "obj-22",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-50",
      3
     ],
     "destination": [
      "obj-23",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-50",
      4
     ],
     "destination": [
      "obj-24",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-50",
      5
     ],
     "destination": [
      "obj-25",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-50",
      6
     ],
     "destination": [
      "obj-26",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-50",
      7
     ],
     "destination": [
      "obj-27",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-50",
      8
     ],
     "destination": [
      "obj-28",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-50",
      9
     ],
     "destination": [
      "obj-29",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-50",
      10
     ],
     "destination": [
      "obj-30",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-50",
      11
     ],
     "destination": [
      "obj-31",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-50",
      12
     ],
     "destination": [
      "obj-32",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-50",
      13
     ],
     "destination": [
      "obj-33",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-50",
      14
     ],
     "destination": [
      "obj-34",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-50",
      15
     ],
     "destination": [
      "obj-35",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-57",
      0
     ],
     "destination": [
      "obj-58",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-53",
      0
     ],
     "destination": [
      "obj-60",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-60",
      0
     ],
     "destination": [
      "obj-58",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-55",
      0
     ],
     "destination": [
      "obj-61",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-61",
      1
     ],
     "destination": [
      "obj-62",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-62",
      0
     ],
     "destination": [
      "obj-59",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-61",
      0
     ],
     "destination": [
      "obj-63",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-63",
      0
     ],
     "destination": [
      "obj-58",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-59",
      0
     ],
     "destination": [
      "obj-64",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-64",
      0
     ],
     "destination": [
      "obj-65",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-64",
      1
     ],
     "destination": [
      "obj-66",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-64",
      1
     ],
     "destination": [
      "obj-67",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-66",
      0
     ],
     "destination": [
      "obj-18",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-64",
      2
     ],
     "destination": [
      "obj-73",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-73",
      1
     ],
     "destination": [
      "obj-68",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-73",
      0
     ],
     "destination": [
      "obj-72",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-68",
      1
     ],
     "destination": [
      "obj-69",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-68",
      0
     ],
     "destination": [
      "obj-70",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-70",
      0
     ],
     "destination": [
      "obj-71",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-64",
      3
     ],
     "destination": [
      "obj-74",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-74",
      0
     ],
     "destination": [
      "obj-15",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-75",
      0
     ],
     "destination": [
      "obj-76",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-76",
      0
     ],
     "destination": [
      "obj-77",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-77",
      0
     ],
     "destination": [
      "obj-58",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-16",
      0
     ],
     "destination": [
      "obj-77",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-112",
      0
     ],
     "destination": [
      "obj-106",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-106",
      0
     ],
     "destination": [
      "obj-107",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-107",
      0
     ],
     "destination": [
      "obj-79",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-79",
      0
     ],
     "destination": [
      "obj-108",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-107",
      1
     ],
     "destination": [
      "obj-80",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-80",
      0
     ],
     "destination": [
      "obj-108",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-107",
      2
     ],
     "destination": [
      "obj-81",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-81",
      0
     ],
     "destination": [
      "obj-108",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-107",
      3
     ],
     "destination": [
      "obj-82",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-82",
      0
     ],
     "destination": [
      "obj-108",
      3
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-107",
      4
     ],
     "destination": [
      "obj-83",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-83",
      0
     ],
     "destination": [
      "obj-108",
      4
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-107",
      5
     ],
     "destination": [
      "obj-84",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-84",
      0
     ],
     "destination": [
      "obj-108",
      5
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-107",
      6
     ],
     "destination": [
      "obj-85",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-85",
      0
     ],
     "destination": [
      "obj-108",
      6
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-107",
      7
     ],
     "destination": [
      "obj-86",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-86",
      0
     ],
     "destination": [
      "obj-108",
      7
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-107",
      8
     ],
     "destination": [
      "obj-87",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-87",
      0
     ],
     "destination": [
      "obj-108",
      8
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-107",
      9
     ],
     "destination": [
      "obj-88",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-88",
      0
     ],
     "destination": [
      "obj-108",
      9
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-107",
      10
     ],
     "destination": [
      "obj-89",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-89",
      0
     ],
     "destination": [
      "obj-108",
      10
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-107",
      11
     ],
     "destination": [
      "obj-90",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-90",
      0
     ],
     "destination": [
      "obj-108",
      11
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-107",
      12
     ],
     "destination": [
      "obj-91",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-91",
      0
     ],
     "destination": [
      "obj-108",
      12
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-107",
      13
     ],
     "destination": [
      "obj-92",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-92",
      0
     ],
     "destination": [
      "obj-108",
      13
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-107",
      14
     ],
     "destination": [
      "obj-93",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-93",
      0
     ],
     "destination": [
      "obj-108",
      14
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-107",
      15
     ],
     "destination": [
      "obj-94",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-94",
      0
     ],
     "destination": [
      "obj-108",
      15
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-108",
      0
     ],
     "destination": [
      "obj-110",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-109",
      0
     ],
     "destination": [
      "obj-110",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-110",
      0
     ],
     "destination": [
      "obj-111",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-113",
      0
     ],
     "destination": [
      "obj-99",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-99",
      0
     ],
     "destination": [
      "obj-114",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-114",
      0
     ],
     "destination": [
      "obj-115",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-111",
      0
     ],
     "destination": [
      "obj-115",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-116",
      0
     ],
     "destination": [
      "obj-96",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-117",
      0
     ],
     "destination": [
      "obj-100",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-118",
      0
     ],
     "destination": [
      "obj-101",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-119",
      0
     ],
     "destination": [
      "obj-102",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-95",
      0
     ],
     "destination": [
      "obj-96",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-121",
      0
     ],
     "destination": [
      "obj-96",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-96",
      0
     ],
     "destination": [
      "obj-120",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-120",
      0
     ],
     "destination": [
      "obj-95",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-101",
      0
     ],
     "destination": [
      "obj-122",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-96",
      0
     ],
     "destination": [
      "obj-122",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-100",
      0
     ],
     "destination": [
      "obj-122",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-122",
      0
     ],
     "destination": [
      "obj-123",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-97",
      0
     ],
     "destination": [
      "obj-124",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-115",
      1
     ],
     "destination": [
      "obj-124",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-124",
      0
     ],
     "destination": [
      "obj-123",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-123",
      0
     ],
     "destination": [
      "obj-125",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-125",
      0
     ],
     "destination": [
      "obj-126",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-125",
      1
     ],
     "destination": [
      "obj-127",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-126",
      0
     ],
     "destination": [
      "obj-128",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-127",
      0
     ],
     "destination": [
      "obj-128",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-98",
      0
     ],
     "destination": [
      "obj-129",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-129",
      0
     ],
     "destination": [
      "obj-130",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-130",
      0
     ],
     "destination": [
      "obj-131",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-131",
      0
     ],
     "destination": [
      "obj-128",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-96",
      0
     ],
     "destination": [
      "obj-130",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-104",
      0
     ],
     "destination": [
      "obj-132",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-132",
      0
     ],
     "destination": [
      "obj-133",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-133",
      0
     ],
     "destination": [
      "obj-128",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-65",
      0
     ],
     "destination": [
      "obj-134",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-134",
      0
     ],
     "destination": [
      "obj-135",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-135",
      0
     ],
     "destination": [
      "obj-136",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-134",
      1
     ],
     "destination": [
      "obj-137",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-137",
      0
     ],
     "destination": [
      "obj-103",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-136",
      1
     ],
     "destination": [
      "obj-138",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-115",
      0
     ],
     "destination": [
      "obj-138",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-138",
      0
     ],
     "destination": [
      "obj-139",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-102",
      0
     ],
     "destination": [
      "obj-141",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-141",
      0
     ],
     "destination": [
      "obj-140",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-139",
      0
     ],
     "destination": [
      "obj-140",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-140",
      0
     ],
     "destination": [
      "obj-13",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-140",
      0
     ],
     "destination": [
      "obj-13",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-176",
      0
     ],
     "destination": [
      "obj-170",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-170",
      0
     ],
     "destination": [
      "obj-171",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-171",
      0
     ],
     "destination": [
      "obj-143",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-143",
      0
     ],
     "destination": [
      "obj-172",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-171",
      1
     ],
     "destination": [
      "obj-144",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-144",
      0
     ],
     "destination": [
      "obj-172",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-171",
      2
     ],
     "destination": [
      "obj-145",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-145",
      0
     ],
     "destination": [
      "obj-172",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-171",
      3
     ],
     "destination": [
      "obj-146",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-146",
      0
     ],
     "destination": [
      "obj-172",
      3
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-171",
      4
     ],
     "destination": [
      "obj-147",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-147",
      0
     ],
     "destination": [
      "obj-172",
      4
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-171",
      5
     ],
     "destination": [
      "obj-148",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-148",
      0
     ],
     "destination": [
      "obj-172",
      5
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-171",
      6
     ],
     "destination": [
      "obj-149",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-149",
      0
     ],
     "destination": [
      "obj-172",
      6
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-171",
      7
     ],
     "destination": [
      "obj-150",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-150",
      0
     ],
     "destination": [
      "obj-172",
      7
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-171",
      8
     ],
     "destination": [
      "obj-151",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-151",
      0
     ],
     "destination": [
      "obj-172",
      8
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-171",
      9
     ],
     "destination": [
      "obj-152",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-152",
      0
     ],
     "destination": [
      "obj-172",
      9
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-171",
      10
     ],
     "destination": [
      "obj-153",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-153",
      0
     ],
     "destination": [
      "obj-172",
      10
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-171",
      11
     ],
     "destination": [
      "obj-154",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-154",
      0
     ],
     "destination": [
      "obj-172",
      11
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-171",
      12
     ],
     "destination": [
      "obj-155",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-155",
      0
     ],
     "destination": [
      "obj-172",
      12
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-171",
      13
     ],
     "destination": [
      "obj-156",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-156",
      0
     ],
     "destination": [
      "obj-172",
      13
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-171",
      14
     ],
     "destination": [
      "obj-157",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-157",
      0
     ],
     "destination": [
      "obj-172",
      14
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-171",
      15
     ],
     "destination": [
      "obj-158",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-158",
      0
     ],
     "destination": [
      "obj-172",
      15
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-172",
      0
     ],
     "destination": [
      "obj-174",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-173",
      0
     ],
     "destination": [
      "obj-174",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-174",
      0
     ],
     "destination": [
      "obj-175",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-177",
      0
     ],
     "destination": [
      "obj-163",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-163",
      0
     ],
     "destination": [
      "obj-178",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-178",
      0
     ],
     "destination": [
      "obj-179",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-175",
      0
     ],
     "destination": [
      "obj-179",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-180",
      0
     ],
     "destination": [
      "obj-160",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-181",
      0
     ],
     "destination": [
      "obj-164",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-182",
      0
     ],
     "destination": [
      "obj-165",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-183",
      0
     ],
     "destination": [
      "obj-166",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-159",
      0
     ],
     "destination": [
      "obj-160",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-185",
      0
     ],
     "destination": [
      "obj-160",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-160",
      0
     ],
     "destination": [
      "obj-184",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-184",
      0
     ],
     "destination": [
      "obj-159",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-165",
      0
     ],
     "destination": [
      "obj-186",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-160",
      0
     ],
     "destination": [
      "obj-186",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-164",
      0
     ],
     "destination": [
      "obj-186",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-186",
      0
     ],
     "destination": [
      "obj-187",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-161",
      0
     ],
     "destination": [
      "obj-188",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-179",
      1
     ],
     "destination": [
      "obj-188",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-188",
      0
     ],
     "destination": [
      "obj-187",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-187",
      0
     ],
     "destination": [
      "obj-189",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-189",
      0
     ],
     "destination": [
      "obj-190",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-189",
      1
     ],
     "destination": [
      "obj-191",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-190",
      0
     ],
     "destination": [
      "obj-192",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-191",
      0
     ],
     "destination": [
      "obj-192",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-162",
      0
     ],
     "destination": [
      "obj-193",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-193",
      0
     ],
     "destination": [
      "obj-194",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-194",
      0
     ],
     "destination": [
      "obj-195",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-195",
      0
     ],
     "destination": [
      "obj-192",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-160",
      0
     ],
     "destination": [
      "obj-194",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-168",
      0
     ],
     "destination": [
      "obj-196",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-196",
      0
     ],
     "destination": [
      "obj-197",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-197",
      0
     ],
     "destination": [
      "obj-192",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-65",
      1
     ],
     "destination": [
      "obj-198",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-198",
      0
     ],
     "destination": [
      "obj-199",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-199",
      0
     ],
     "destination": [
      "obj-200",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-198",
      1
     ],
     "destination": [
      "obj-201",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-201",
      0
     ],
     "destination": [
      "obj-167",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-200",
      1
     ],
     "destination": [
      "obj-202",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-179",
      0
     ],
     "destination": [
      "obj-202",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-202",
      0
     ],
     "destination": [
      "obj-203",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-166",
      0
     ],
     "destination": [
      "obj-205",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-205",
      0
     ],
     "destination": [
      "obj-204",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-203",
      0
     ],
     "destination": [
      "obj-204",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-204",
      0
     ],
     "destination": [
      "obj-13",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-204",
      0
     ],
     "destination": [
      "obj-13",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-240",
      0
     ],
     "destination": [
      "obj-234",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-234",
      0
     ],
     "destination": [
      "obj-235",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-235",
      0
     ],
     "destination": [
      "obj-207",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-207",
      0
     ],
     "destination": [
      "obj-236",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-235",
      1
     ],
     "destination": [
      "obj-208",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-208",
      0
     ],
     "destination": [
      "obj-236",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-235",
      2
     ],
     "destination": [
      "obj-209",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-209",
      0
     ],
     "destination": [
      "obj-236",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-235",
      3
     ],
     "destination": [
      "obj-210",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-210",
      0
     ],
     "destination": [
      "obj-236",
      3
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-235",
      4
     ],
     "destination": [
      "obj-211",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-211",
      0
     ],
     "destination": [
      "obj-236",
      4
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-235",
      5
     ],
     "destination": [
      "obj-212",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-212",
      0
     ],
     "destination": [
      "obj-236",
      5
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-235",
      6
     ],
     "destination": [
      "obj-213",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-213",
      0
     ],
     "destination": [
      "obj-236",
      6
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-235",
      7
     ],
     "destination": [
      "obj-214",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-214",
      0
     ],
     "destination": [
      "obj-236",
      7
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-235",
      8
     ],
     "destination": [
      "obj-215",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-215",
      0
     ],
     "destination": [
      "obj-236",
      8
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-235",
      9
     ],
     "destination": [
      "obj-216",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-216",
      0
     ],
     "destination": [
      "obj-236",
      9
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-235",
      10
     ],
     "destination": [
      "obj-217",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-217",
      0
     ],
     "destination": [
      "obj-236",
      10
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-235",
      11
     ],
     "destination": [
      "obj-218",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-218",
      0
     ],
     "destination": [
      "obj-236",
      11
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-235",
      12
     ],
     "destination": [
      "obj-219",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-219",
      0
     ],
     "destination": [
      "obj-236",
      12
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-235",
      13
     ],
     "destination": [
      "obj-220",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-220",
      0
     ],
     "destination": [
      "obj-236",
      13
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-235",
      14
     ],
     "destination": [
      "obj-221",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-221",
      0
     ],
     "destination": [
      "obj-236",
      14
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-235",
      15
     ],
     "destination": [
      "obj-222",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-222",
      0
     ],
     "destination": [
      "obj-236",
      15
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-236",
      0
     ],
     "destination": [
      "obj-238",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-237",
      0
     ],
     "destination": [
      "obj-238",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-238",
      0
     ],
     "destination": [
      "obj-239",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-241",
      0
     ],
     "destination": [
      "obj-227",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-227",
      0
     ],
     "destination": [
      "obj-242",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-242",
      0
     ],
     "destination": [
      "obj-243",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-239",
      0
     ],
     "destination": [
      "obj-243",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-244",
      0
     ],
     "destination": [
      "obj-224",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-245",
      0
     ],
     "destination": [
      "obj-228",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-246",
      0
     ],
     "destination": [
      "obj-229",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-247",
      0
     ],
     "destination": [
      "obj-230",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-223",
      0
     ],
     "destination": [
      "obj-224",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-249",
      0
     ],
     "destination": [
      "obj-224",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-224",
      0
     ],
     "destination": [
      "obj-248",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-248",
      0
     ],
     "destination": [
      "obj-223",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-229",
      0
     ],
     "destination": [
      "obj-250",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-224",
      0
     ],
     "destination": [
      "obj-250",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-228",
      0
     ],
     "destination": [
      "obj-250",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-250",
      0
     ],
     "destination": [
      "obj-251",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-225",
      0
     ],
     "destination": [
      "obj-252",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-243",
      1
     ],
     "destination": [
      "obj-252",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-252",
      0
     ],
     "destination": [
      "obj-251",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-251",
      0
     ],
     "destination": [
      "obj-253",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-253",
      0
     ],
     "destination": [
      "obj-254",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-253",
      1
     ],
     "destination": [
      "obj-255",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-254",
      0
     ],
     "destination": [
      "obj-256",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-255",
      0
     ],
     "destination": [
      "obj-256",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-226",
      0
     ],
     "destination": [
      "obj-257",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-257",
      0
     ],
     "destination": [
      "obj-258",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-258",
      0
     ],
     "destination": [
      "obj-259",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-259",
      0
     ],
     "destination": [
      "obj-256",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-224",
      0
     ],
     "destination": [
      "obj-258",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-232",
      0
     ],
     "destination": [
      "obj-260",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-260",
      0
     ],
     "destination": [
      "obj-261",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-261",
      0
     ],
     "destination": [
      "obj-256",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-65",
      2
     ],
     "destination": [
      "obj-262",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-262",
      0
     ],
     "destination": [
      "obj-263",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-263",
      0
     ],
     "destination": [
      "obj-264",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-262",
      1
     ],
     "destination": [
      "obj-265",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-265",
      0
     ],
     "destination": [
      "obj-231",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-264",
      1
     ],
     "destination": [
      "obj-266",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-243",
      0
     ],
     "destination": [
      "obj-266",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-266",
      0
     ],
     "destination": [
      "obj-267",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-230",
      0
     ],
     "destination": [
      "obj-269",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-269",
      0
     ],
     "destination": [
      "obj-268",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-267",
      0
     ],
     "destination": [
      "obj-268",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-268",
      0
     ],
     "destination": [
      "obj-13",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-268",
      0
     ],
     "destination": [
      "obj-13",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-304",
      0
     ],
     "destination": [
      "obj-298",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-298",
      0
     ],
     "destination": [
      "obj-299",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-299",
      0
     ],
     "destination": [
      "obj-271",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-271",
      0
     ],
     "destination": [
      "obj-300",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-299",
      1
     ],
     "destination": [
      "obj-272",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-272",
      0
     ],
     "destination": [
      "obj-300",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-299",
      2
     ],
     "destination": [
      "obj-273",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-273",
      0
     ],
     "destination": [
      "obj-300",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-299",
      3
     ],
     "destination": [
      "obj-274",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-274",
      0
     ],
     "destination": [
      "obj-300",
      3
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-299",
      4
     ],
     "destination": [
      "obj-275",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-275",
      0
     ],
     "destination": [
      "obj-300",
      4
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-299",
      5
     ],
     "destination": [
      "obj-276",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-276",
      0
     ],
     "destination": [
      "obj-300",
      5
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-299",
      6
     ],
     "destination": [
      "obj-277",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-277",
      0
     ],
     "destination": [
      "obj-300",
      6
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-299",
      7
     ],
     "destination": [
      "obj-278",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-278",
      0
     ],
     "destination": [
      "obj-300",
      7
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-299",
      8
     ],
     "destination": [
      "obj-279",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-279",
      0
     ],
     "destination": [
      "obj-300",
      8
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-299",
      9
     ],
     "destination": [
      "obj-280",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-280",
      0
     ],
     "destination": [
      "obj-300",
      9
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-299",
      10
     ],
     "destination": [
      "obj-281",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-281",
      0
     ],
     "destination": [
      "obj-300",
      10
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-299",
      11
     ],
     "destination": [
      "obj-282",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-282",
      0
     ],
     "destination": [
      "obj-300",
      11
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-299",
      12
     ],
     "destination": [
      "obj-283",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-283",
      0
     ],
     "destination": [
      "obj-300",
      12
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-299",
      13
     ],
     "destination": [
      "obj-284",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-284",
      0
     ],
     "destination": [
      "obj-300",
      13
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-299",
      14
     ],
     "destination": [
      "obj-285",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-285",
      0
     ],
     "destination": [
      "obj-300",
      14
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-299",
      15
     ],
     "destination": [
      "obj-286",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-286",
      0
     ],
     "destination": [
      "obj-300",
      15
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-300",
      0
     ],
     "destination": [
      "obj-302",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-301",
      0
     ],
     "destination": [
      "obj-302",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-302",
      0
     ],
     "destination": [
      "obj-303",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-305",
      0
     ],
     "destination": [
      "obj-291",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-291",
      0
     ],
     "destination": [
      "obj-306",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-306",
      0
     ],
     "destination": [
      "obj-307",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-303",
      0
     ],
     "destination": [
      "obj-307",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-308",
      0
     ],
     "destination": [
      "obj-288",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-309",
      0
     ],
     "destination": [
      "obj-292",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-310",
      0
     ],
     "destination": [
      "obj-293",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-311",
      0
     ],
     "destination": [
      "obj-294",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-287",
      0
     ],
     "destination": [
      "obj-288",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-313",
      0
     ],
     "destination": [
      "obj-288",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-288",
      0
     ],
     "destination": [
      "obj-312",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-312",
      0
     ],
     "destination": [
      "obj-287",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-293",
      0
     ],
     "destination": [
      "obj-314",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-288",
      0
     ],
     "destination": [
      "obj-314",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-292",
      0
     ],
     "destination": [
      "obj-314",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-314",
      0
     ],
     "destination": [
      "obj-315",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-289",
      0
     ],
     "destination": [
      "obj-316",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-307",
      1
     ],
     "destination": [
      "obj-316",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-316",
      0
     ],
     "destination": [
      "obj-315",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-315",
      0
     ],
     "destination": [
      "obj-317",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-317",
      0
     ],
     "destination": [
      "obj-318",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-317",
      1
     ],
     "destination": [
      "obj-319",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-318",
      0
     ],
     "destination": [
      "obj-320",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-319",
      0
     ],
     "destination": [
      "obj-320",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-290",
      0
     ],
     "destination": [
      "obj-321",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-321",
      0
     ],
     "destination": [
      "obj-322",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-322",
      0
     ],
     "destination": [
      "obj-323",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-323",
      0
     ],
     "destination": [
      "obj-320",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-288",
      0
     ],
     "destination": [
      "obj-322",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-296",
      0
     ],
     "destination": [
      "obj-324",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-324",
      0
     ],
     "destination": [
      "obj-325",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-325",
      0
     ],
     "destination": [
      "obj-320",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-65",
      3
     ],
     "destination": [
      "obj-326",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-326",
      0
     ],
     "destination": [
      "obj-327",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-327",
      0
     ],
     "destination": [
      "obj-328",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-326",
      1
     ],
     "destination": [
      "obj-329",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-329",
      0
     ],
     "destination": [
      "obj-295",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-328",
      1
     ],
     "destination": [
      "obj-330",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-307",
      0
     ],
     "destination": [
      "obj-330",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-330",
      0
     ],
     "destination": [
      "obj-331",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-294",
      0
     ],
     "destination": [
      "obj-333",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-333",
      0
     ],
     "destination": [
      "obj-332",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-331",
      0
     ],
     "destination": [
      "obj-332",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-332",
      0
     ],
     "destination": [
      "obj-13",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-332",
      0
     ],
     "destination": [
      "obj-13",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-368",
      0
     ],
     "destination": [
      "obj-362",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-362",
      0
     ],
     "destination": [
      "obj-363",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-363",
      0
     ],
     "destination": [
      "obj-335",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-335",
      0
     ],
     "destination": [
      "obj-364",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-363",
      1
     ],
     "destination": [
      "obj-336",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-336",
      0
     ],
     "destination": [
      "obj-364",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-363",
      2
     ],
     "destination": [
      "obj-337",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-337",
      0
     ],
     "destination": [
      "obj-364",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-363",
      3
     ],
     "destination": [
      "obj-338",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-338",
      0
     ],
     "destination": [
      "obj-364",
      3
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-363",
      4
     ],
     "destination": [
      "obj-339",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-339",
      0
     ],
     "destination": [
      "obj-364",
      4
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-363",
      5
     ],
     "destination": [
      "obj-340",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-340",
      0
     ],
     "destination": [
      "obj-364",
      5
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-363",
      6
     ],
     "destination": [
      "obj-341",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-341",
      0
     ],
     "destination": [
      "obj-364",
      6
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-363",
      7
     ],
     "destination": [
      "obj-342",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-342",
      0
     ],
     "destination": [
      "obj-364",
      7
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-363",
      8
     ],
     "destination": [
      "obj-343",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-343",
      0
     ],
     "destination": [
      "obj-364",
      8
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-363",
      9
     ],
     "destination": [
      "obj-344",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-344",
      0
     ],
     "destination": [
      "obj-364",
      9
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-363",
      10
     ],
     "destination": [
      "obj-345",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-345",
      0
     ],
     "destination": [
      "obj-364",
      10
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-363",
      11
     ],
     "destination": [
      "obj-346",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-346",
      0
     ],
     "destination": [
      "obj-364",
      11
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-363",
      12
     ],
     "destination": [
      "obj-347",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-347",
      0
     ],
     "destination": [
      "obj-364",
      12
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-363",
      13
     ],
     "destination": [
      "obj-348",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-348",
      0
     ],
     "destination": [
      "obj-364",
      13
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-363",
      14
     ],
     "destination": [
      "obj-349",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-349",
      0
     ],
     "destination": [
      "obj-364",
      14
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-363",
      15
     ],
     "destination": [
      "obj-350",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-350",
      0
     ],
     "destination": [
      "obj-364",
      15
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-364",
      0
     ],
     "destination": [
      "obj-366",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-365",
      0
     ],
     "destination": [
      "obj-366",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-366",
      0
     ],
     "destination": [
      "obj-367",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-369",
      0
     ],
     "destination": [
      "obj-355",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-355",
      0
     ],
     "destination": [
      "obj-370",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-370",
      0
     ],
     "destination": [
      "obj-371",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-367",
      0
     ],
     "destination": [
      "obj-371",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-372",
      0
     ],
     "destination": [
      "obj-352",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-373",
      0
     ],
     "destination": [
      "obj-356",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-374",
      0
     ],
     "destination": [
      "obj-357",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-375",
      0
     ],
     "destination": [
      "obj-358",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-351",
      0
     ],
     "destination": [
      "obj-352",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-377",
      0
     ],
     "destination": [
      "obj-352",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-352",
      0
     ],
     "destination": [
      "obj-376",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-376",
      0
     ],
     "destination": [
      "obj-351",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-357",
      0
     ],
     "destination": [
      "obj-378",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-352",
      0
     ],
     "destination": [
      "obj-378",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-356",
      0
     ],
     "destination": [
      "obj-378",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-378",
      0
     ],
     "destination": [
      "obj-379",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-353",
      0
     ],
     "destination": [
      "obj-380",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-371",
      1
     ],
     "destination": [
      "obj-380",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-380",
      0
     ],
     "destination": [
      "obj-379",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-379",
      0
     ],
     "destination": [
      "obj-381",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-381",
      0
     ],
     "destination": [
      "obj-382",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-381",
      1
     ],
     "destination": [
      "obj-383",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-382",
      0
     ],
     "destination": [
      "obj-384",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-383",
      0
     ],
     "destination": [
      "obj-384",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-354",
      0
     ],
     "destination": [
      "obj-385",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-385",
      0
     ],
     "destination": [
      "obj-386",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-386",
      0
     ],
     "destination": [
      "obj-387",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-387",
      0
     ],
     "destination": [
      "obj-384",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-352",
      0
     ],
     "destination": [
      "obj-386",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-360",
      0
     ],
     "destination": [
      "obj-388",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-388",
      0
     ],
     "destination": [
      "obj-389",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-389",
      0
     ],
     "destination": [
      "obj-384",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-65",
      4
     ],
     "destination": [
      "obj-390",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-390",
      0
     ],
     "destination": [
      "obj-391",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-391",
      0
     ],
     "destination": [
      "obj-392",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-390",
      1
     ],
     "destination": [
      "obj-393",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-393",
      0
     ],
     "destination": [
      "obj-359",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-392",
      1
     ],
     "destination": [
      "obj-394",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-371",
      0
     ],
     "destination": [
      "obj-394",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-394",
      0
     ],
     "destination": [
      "obj-395",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-358",
      0
     ],
     "destination": [
      "obj-397",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-397",
      0
     ],
     "destination": [
      "obj-396",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-395",
      0
     ],
     "destination": [
      "obj-396",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-396",
      0
     ],
     "destination": [
      "obj-13",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-396",
      0
     ],
     "destination": [
      "obj-13",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-432",
      0
     ],
     "destination": [
      "obj-426",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-426",
      0
     ],
     "destination": [
      "obj-427",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-427",
      0
     ],
     "destination": [
      "obj-399",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-399",
      0
     ],
     "destination": [
      "obj-428",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-427",
      1
     ],
     "destination": [
      "obj-400",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-400",
      0
     ],
     "destination": [
      "obj-428",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-427",
      2
     ],
     "destination": [
      "obj-401",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-401",
      0
     ],
     "destination": [
      "obj-428",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-427",
      3
     ],
     "destination": [
      "obj-402",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-402",
      0
     ],
     "destination": [
      "obj-428",
      3
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-427",
      4
     ],
     "destination": [
      "obj-403",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-403",
      0
     ],
     "destination": [
      "obj-428",
      4
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-427",
      5
     ],
     "destination": [
      "obj-404",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-404",
      0
     ],
     "destination": [
      "obj-428",
      5
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-427",
      6
     ],
     "destination": [
      "obj-405",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-405",
      0
     ],
     "destination": [
      "obj-428",
      6
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-427",
      7
     ],
     "destination": [
      "obj-406",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-406",
      0
     ],
     "destination": [
      "obj-428",
      7
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-427",
      8
     ],
     "destination": [
      "obj-407",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-407",
      0
     ],
     "destination": [
      "obj-428",
      8
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-427",
      9
     ],
     "destination": [
      "obj-408",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-408",
      0
     ],
     "destination": [
      "obj-428",
      9
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-427",
      10
     ],
     "destination": [
      "obj-409",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-409",
      0
     ],
     "destination": [
      "obj-428",
      10
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-427",
      11
     ],
     "destination": [
      "obj-410",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-410",
      0
     ],
     "destination": [
      "obj-428",
      11
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-427",
      12
     ],
     "destination": [
      "obj-411",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-411",
      0
     ],
     "destination": [
      "obj-428",
      12
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-427",
      13
     ],
     "destination": [
      "obj-412",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-412",
      0
     ],
     "destination": [
      "obj-428",
      13
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-427",
      14
     ],
     "destination": [
      "obj-413",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-413",
      0
     ],
     "destination": [
      "obj-428",
      14
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-427",
      15
     ],
     "destination": [
      "obj-414",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-414",
      0
     ],
     "destination": [
      "obj-428",
      15
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-428",
      0
     ],
     "destination": [
      "obj-430",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-429",
      0
     ],
     "destination": [
      "obj-430",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-430",
      0
     ],
     "destination": [
      "obj-431",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-433",
      0
     ],
     "destination": [
      "obj-419",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-419",
      0
     ],
     "destination": [
      "obj-434",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-434",
      0
     ],
     "destination": [
      "obj-435",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-431",
      0
     ],
     "destination": [
      "obj-435",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-436",
      0
     ],
     "destination": [
      "obj-416",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-437",
      0
     ],
     "destination": [
      "obj-420",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-438",
      0
     ],
     "destination": [
      "obj-421",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-439",
      0
     ],
     "destination": [
      "obj-422",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-415",
      0
     ],
     "destination": [
      "obj-416",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-441",
      0
     ],
     "destination": [
      "obj-416",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-416",
      0
     ],
     "destination": [
      "obj-440",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-440",
      0
     ],
     "destination": [
      "obj-415",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-421",
      0
     ],
     "destination": [
      "obj-442",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-416",
      0
     ],
     "destination": [
      "obj-442",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-420",
      0
     ],
     "destination": [
      "obj-442",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-442",
      0
     ],
     "destination": [
      "obj-443",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-417",
      0
     ],
     "destination": [
      "obj-444",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-435",
      1
     ],
     "destination": [
      "obj-444",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-444",
      0
     ],
     "destination": [
      "obj-443",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-443",
      0
     ],
     "destination": [
      "obj-445",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-445",
      0
     ],
     "destination": [
      "obj-446",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-445",
      1
     ],
     "destination": [
      "obj-447",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-446",
      0
     ],
     "destination": [
      "obj-448",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-447",
      0
     ],
     "destination": [
      "obj-448",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-418",
      0
     ],
     "destination": [
      "obj-449",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-449",
      0
     ],
     "destination": [
      "obj-450",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-450",
      0
     ],
     "destination": [
      "obj-451",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-451",
      0
     ],
     "destination": [
      "obj-448",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-416",
      0
     ],
     "destination": [
      "obj-450",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-424",
      0
     ],
     "destination": [
      "obj-452",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-452",
      0
     ],
     "destination": [
      "obj-453",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-453",
      0
     ],
     "destination": [
      "obj-448",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-65",
      5
     ],
     "destination": [
      "obj-454",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-454",
      0
     ],
     "destination": [
      "obj-455",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-455",
      0
     ],
     "destination": [
      "obj-456",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-454",
      1
     ],
     "destination": [
      "obj-457",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-457",
      0
     ],
     "destination": [
      "obj-423",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-456",
      1
     ],
     "destination": [
      "obj-458",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-435",
      0
     ],
     "destination": [
      "obj-458",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-458",
      0
     ],
     "destination": [
      "obj-459",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-422",
      0
     ],
     "destination": [
      "obj-461",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-461",
      0
     ],
     "destination": [
      "obj-460",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-459",
      0
     ],
     "destination": [
      "obj-460",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-460",
      0
     ],
     "destination": [
      "obj-13",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-460",
      0
     ],
     "destination": [
      "obj-13",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-496",
      0
     ],
     "destination": [
      "obj-490",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-490",
      0
     ],
     "destination": [
      "obj-491",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-491",
      0
     ],
     "destination": [
      "obj-463",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-463",
      0
     ],
     "destination": [
      "obj-492",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-491",
      1
     ],
     "destination": [
      "obj-464",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-464",
      0
     ],
     "destination": [
      "obj-492",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-491",
      2
     ],
     "destination": [
      "obj-465",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-465",
      0
     ],
     "destination": [
      "obj-492",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-491",
      3
     ],
     "destination": [
      "obj-466",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-466",
      0
     ],
     "destination": [
      "obj-492",
      3
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-491",
      4
     ],
     "destination": [
      "obj-467",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-467",
      0
     ],
     "destination": [
      "obj-492",
      4
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-491",
      5
     ],
     "destination": [
      "obj-468",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-468",
      0
     ],
     "destination": [
      "obj-492",
      5
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-491",
      6
     ],
     "destination": [
      "obj-469",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-469",
      0
     ],
     "destination": [
      "obj-492",
      6
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-491",
      7
     ],
     "destination": [
      "obj-470",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-470",
      0
     ],
     "destination": [
      "obj-492",
      7
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-491",
      8
     ],
     "destination": [
      "obj-471",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-471",
      0
     ],
     "destination": [
      "obj-492",
      8
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-491",
      9
     ],
     "destination": [
      "obj-472",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-472",
      0
     ],
     "destination": [
      "obj-492",
      9
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-491",
      10
     ],
     "destination": [
      "obj-473",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-473",
      0
     ],
     "destination": [
      "obj-492",
      10
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-491",
      11
     ],
     "destination": [
      "obj-474",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-474",
      0
     ],
     "destination": [
      "obj-492",
      11
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-491",
      12
     ],
     "destination": [
      "obj-475",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-475",
      0
     ],
     "destination": [
      "obj-492",
      12
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-491",
      13
     ],
     "destination": [
      "obj-476",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-476",
      0
     ],
     "destination": [
      "obj-492",
      13
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-491",
      14
     ],
     "destination": [
      "obj-477",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-477",
      0
     ],
     "destination": [
      "obj-492",
      14
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-491",
      15
     ],
     "destination": [
      "obj-478",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-478",
      0
     ],
     "destination": [
      "obj-492",
      15
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-492",
      0
     ],
     "destination": [
      "obj-494",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-493",
      0
     ],
     "destination": [
      "obj-494",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-494",
      0
     ],
     "destination": [
      "obj-495",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-497",
      0
     ],
     "destination": [
      "obj-483",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-483",
      0
     ],
     "destination": [
      "obj-498",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-498",
      0
     ],
     "destination": [
      "obj-499",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-495",
      0
     ],
     "destination": [
      "obj-499",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-500",
      0
     ],
     "destination": [
      "obj-480",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-501",
      0
     ],
     "destination": [
      "obj-484",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-502",
      0
     ],
     "destination": [
      "obj-485",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-503",
      0
     ],
     "destination": [
      "obj-486",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-479",
      0
     ],
     "destination": [
      "obj-480",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-505",
      0
     ],
     "destination": [
      "obj-480",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-480",
      0
     ],
     "destination": [
      "obj-504",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-504",
      0
     ],
     "destination": [
      "obj-479",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-485",
      0
     ],
     "destination": [
      "obj-506",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-480",
      0
     ],
     "destination": [
      "obj-506",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-484",
      0
     ],
     "destination": [
      "obj-506",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-506",
      0
     ],
     "destination": [
      "obj-507",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-481",
      0
     ],
     "destination": [
      "obj-508",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-499",
      1
     ],
     "destination": [
      "obj-508",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-508",
      0
     ],
     "destination": [
      "obj-507",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-507",
      0
     ],
     "destination": [
      "obj-509",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-509",
      0
     ],
     "destination": [
      "obj-510",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-509",
      1
     ],
     "destination": [
      "obj-511",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-510",
      0
     ],
     "destination": [
      "obj-512",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-511",
      0
     ],
     "destination": [
      "obj-512",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-482",
      0
     ],
     "destination": [
      "obj-513",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-513",
      0
     ],
     "destination": [
      "obj-514",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-514",
      0
     ],
     "destination": [
      "obj-515",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-515",
      0
     ],
     "destination": [
      "obj-512",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-480",
      0
     ],
     "destination": [
      "obj-514",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-488",
      0
     ],
     "destination": [
      "obj-516",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-516",
      0
     ],
     "destination": [
      "obj-517",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-517",
      0
     ],
     "destination": [
      "obj-512",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-65",
      6
     ],
     "destination": [
      "obj-518",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-518",
      0
     ],
     "destination": [
      "obj-519",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-519",
      0
     ],
     "destination": [
      "obj-520",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-518",
      1
     ],
     "destination": [
      "obj-521",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-521",
      0
     ],
     "destination": [
      "obj-487",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-520",
      1
     ],
     "destination": [
      "obj-522",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-499",
      0
     ],
     "destination": [
      "obj-522",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-522",
      0
     ],
     "destination": [
      "obj-523",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-486",
      0
     ],
     "destination": [
      "obj-525",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-525",
      0
     ],
     "destination": [
      "obj-524",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-523",
      0
     ],
     "destination": [
      "obj-524",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-524",
      0
     ],
     "destination": [
      "obj-13",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-524",
      0
     ],
     "destination": [
      "obj-13",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-560",
      0
     ],
     "destination": [
      "obj-554",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-554",
      0
     ],
     "destination": [
      "obj-555",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-555",
      0
     ],
     "destination": [
      "obj-527",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-527",
      0
     ],
     "destination": [
      "obj-556",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-555",
      1
     ],
     "destination": [
      "obj-528",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-528",
      0
     ],
     "destination": [
      "obj-556",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-555",
      2
     ],
     "destination": [
      "obj-529",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-529",
      0
     ],
     "destination": [
      "obj-556",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-555",
      3
     ],
     "destination": [
      "obj-530",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-530",
      0
     ],
     "destination": [
      "obj-556",
      3
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-555",
      4
     ],
     "destination": [
      "obj-531",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-531",
      0
     ],
     "destination": [
      "obj-556",
      4
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-555",
      5
     ],
     "destination": [
      "obj-532",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-532",
      0
     ],
     "destination": [
      "obj-556",
      5
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-555",
      6
     ],
     "destination": [
      "obj-533",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-533",
      0
     ],
     "destination": [
      "obj-556",
      6
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-555",
      7
     ],
     "destination": [
      "obj-534",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-534",
      0
     ],
     "destination": [
      "obj-556",
      7
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-555",
      8
     ],
     "destination": [
      "obj-535",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-535",
      0
     ],
     "destination": [
      "obj-556",
      8
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-555",
      9
     ],
     "destination": [
      "obj-536",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-536",
      0
     ],
     "destination": [
      "obj-556",
      9
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-555",
      10
     ],
     "destination": [
      "obj-537",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-537",
      0
     ],
     "destination": [
      "obj-556",
      10
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-555",
      11
     ],
     "destination": [
      "obj-538",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-538",
      0
     ],
     "destination": [
      "obj-556",
      11
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-555",
      12
     ],
     "destination": [
      "obj-539",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-539",
      0
     ],
     "destination": [
      "obj-556",
      12
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-555",
      13
     ],
     "destination": [
      "obj-540",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-540",
      0
     ],
     "destination": [
      "obj-556",
      13
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-555",
      14
     ],
     "destination": [
      "obj-541",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-541",
      0
     ],
     "destination": [
      "obj-556",
      14
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-555",
      15
     ],
     "destination": [
      "obj-542",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-542",
      0
     ],
     "destination": [
      "obj-556",
      15
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-556",
      0
     ],
     "destination": [
      "obj-558",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-557",
      0
     ],
     "destination": [
      "obj-558",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-558",
      0
     ],
     "destination": [
      "obj-559",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-561",
      0
     ],
     "destination": [
      "obj-547",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-547",
      0
     ],
     "destination": [
      "obj-562",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-562",
      0
     ],
     "destination": [
      "obj-563",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-559",
      0
     ],
     "destination": [
      "obj-563",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-564",
      0
     ],
     "destination": [
      "obj-544",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-565",
      0
     ],
     "destination": [
      "obj-548",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-566",
      0
     ],
     "destination": [
      "obj-549",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-567",
      0
     ],
     "destination": [
      "obj-550",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-543",
      0
     ],
     "destination": [
      "obj-544",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-569",
      0
     ],
     "destination": [
      "obj-544",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-544",
      0
     ],
     "destination": [
      "obj-568",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-568",
      0
     ],
     "destination": [
      "obj-543",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-549",
      0
     ],
     "destination": [
      "obj-570",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-544",
      0
     ],
     "destination": [
      "obj-570",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-548",
      0
     ],
     "destination": [
      "obj-570",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-570",
      0
     ],
     "destination": [
      "obj-571",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-545",
      0
     ],
     "destination": [
      "obj-572",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-563",
      1
     ],
     "destination": [
      "obj-572",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-572",
      0
     ],
     "destination": [
      "obj-571",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-571",
      0
     ],
     "destination": [
      "obj-573",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-573",
      0
     ],
     "destination": [
      "obj-574",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-573",
      1
     ],
     "destination": [
      "obj-575",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-574",
      0
     ],
     "destination": [
      "obj-576",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-575",
      0
     ],
     "destination": [
      "obj-576",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-546",
      0
     ],
     "destination": [
      "obj-577",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-577",
      0
     ],
     "destination": [
      "obj-578",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-578",
      0
     ],
     "destination": [
      "obj-579",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-579",
      0
     ],
     "destination": [
      "obj-576",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-544",
      0
     ],
     "destination": [
      "obj-578",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-552",
      0
     ],
     "destination": [
      "obj-580",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-580",
      0
     ],
     "destination": [
      "obj-581",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-581",
      0
     ],
     "destination": [
      "obj-576",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-65",
      7
     ],
     "destination": [
      "obj-582",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-582",
      0
     ],
     "destination": [
      "obj-583",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-583",
      0
     ],
     "destination": [
      "obj-584",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-582",
      1
     ],
     "destination": [
      "obj-585",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-585",
      0
     ],
     "destination": [
      "obj-551",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-584",
      1
     ],
     "destination": [
      "obj-586",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-563",
      0
     ],
     "destination": [
      "obj-586",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-586",
      0
     ],
     "destination": [
      "obj-587",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-550",
      0
     ],
     "destination": [
      "obj-589",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-589",
      0
     ],
     "destination": [
      "obj-588",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-587",
      0
     ],
     "destination": [
      "obj-588",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-588",
      0
     ],
     "destination": [
      "obj-13",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-588",
      0
     ],
     "destination": [
      "obj-13",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-69",
      0
     ],
     "destination": [
      "obj-95",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-71",
      0
     ],
     "destination": [
      "obj-95",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-69",
      0
     ],
     "destination": [
      "obj-159",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-71",
      0
     ],
     "destination": [
      "obj-159",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-69",
      0
     ],
     "destination": [
      "obj-223",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-71",
      0
     ],
     "destination": [
      "obj-223",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-69",
      0
     ],
     "destination": [
      "obj-287",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-71",
      0
     ],
     "destination": [
      "obj-287",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-69",
      0
     ],
     "destination": [
      "obj-351",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-71",
      0
     ],
     "destination": [
      "obj-351",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-69",
      0
     ],
     "destination": [
      "obj-415",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-71",
      0
     ],
     "destination": [
      "obj-415",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-69",
      0
     ],
     "destination": [
      "obj-479",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-71",
      0
     ],
     "destination": [
      "obj-479",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-69",
      0
     ],
     "destination": [
      "obj-543",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-71",
      0
     ],
     "destination": [
      "obj-543",
      0
     ]
    }
   }
  ],
  "dependency_cache": [],
  "autosave": 0
 }
}
