; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

%struct.cred = type { i64, i64 }
%struct.anon.29 = type { i64 }
%struct.task_struct = type { i64, i64, i64 }

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !_
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !_
@m_ = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !_
@tp_ro = constant [48 x i8] zeroinitializer, section ".rodata", align 8, !dbg !_

; Function Attrs: nounwind
@"llvm.cred:0:20$0:1:0" = external global i64, !llvm.preserve.access.index !_ #0
@"llvm.cred:0:4$0:0:0" = external global i64, !llvm.preserve.access.index !_ #0
@"llvm.task_struct:0:152$0:2" = external global i64, !llvm.preserve.access.index !_ #0
@"llvm.task_struct:0:72$0:0" = external global i64, !llvm.preserve.access.index !_ #0
@"llvm.task_struct:0:80$0:1" = external global i64, !llvm.preserve.access.index !_ #0
define i32 @tp0_cap_capable(i8* %ctx) #1 section "tracepoint/capability/cap_capable" !dbg !_ {
entry:
  %tmp3 = alloca [1 x i64], align 8, !dbg !_
  %tmp2 = alloca [1 x i64], align 8, !dbg !_
  %tmp1 = alloca [3 x i64], align 8, !dbg !_
  %tmp = alloca [1 x i64], align 8, !dbg !_
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !_, metadata !DIExpression()), !dbg !_
  %zero = alloca i32, align 4, !dbg !_
  store i32 0, i32* %zero, align 4, !dbg !_
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !_
  %1 = icmp eq i64 %0, 0, !dbg !_
  br i1 %1, label %pid.match, label %pid.filter, !dbg !_

return:                                           ; preds = %rec.lost, %stat.inc4, %rec.fill, %pid.match, %pid.filter
  ret i32 0, !dbg !_

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #1, !dbg !_
  %3 = lshr i64 %2, 32, !dbg !_
  %4 = icmp eq i64 %3, %0, !dbg !_
  br i1 %4, label %pid.match, label %return, !dbg !_

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 8, !dbg !_
  %6 = bitcast i8* %5 to i64*, !dbg !_
  %7 = load i64, i64* %6, align 8, !dbg !_
  %8 = inttoptr i64 %7 to i8*, !dbg !_
  %9 = load i64, i64* @"llvm.cred:0:20$0:1:0", align 8
  %10 = getelementptr i8, i8* %8, i64 %9
  %11 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %10)
  %12 = bitcast [1 x i64]* %tmp to i8*, !dbg !_
  %13 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !_
  store i64 0, i64* %13, align 8, !dbg !_
  %14 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %12, i32 4, i8* %11) #1, !dbg !_
  %15 = bitcast [1 x i64]* %tmp to i32*, !dbg !_
  %16 = load i32, i32* %15, align 8, !dbg !_
  %17 = icmp eq i32 %16, 0, !dbg !_
  br i1 %17, label %pred.true, label %return, !dbg !_

pred.true:                                        ; preds = %pid.match
  %18 = bitcast [3 x i64]* %tmp1 to i8*, !dbg !_
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(24) %18, i8 0, i64 24, i1 false), !dbg !_
  %19 = call i64 inttoptr (i64 35 to i64 ()*)() #1, !dbg !_
  %20 = inttoptr i64 %19 to i8*, !dbg !_
  %21 = load i64, i64* @"llvm.task_struct:0:152$0:2", align 8
  %22 = getelementptr i8, i8* %20, i64 %21
  %23 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %22)
  %24 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* nonnull %18, i32 16, i8* %23) #1, !dbg !_
  %25 = call i64 inttoptr (i64 35 to i64 ()*)() #1, !dbg !_
  %26 = inttoptr i64 %25 to i8*, !dbg !_
  %27 = load i64, i64* @"llvm.task_struct:0:80$0:1", align 8
  %28 = getelementptr i8, i8* %26, i64 %27
  %29 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %28)
  %30 = bitcast [1 x i64]* %tmp2 to i8*, !dbg !_
  %31 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp2, i64 0, i64 0, !dbg !_
  store i64 0, i64* %31, align 8, !dbg !_
  %32 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %30, i32 8, i8* %29) #1, !dbg !_
  %33 = load i64, i64* %31, align 8, !dbg !_
  %34 = inttoptr i64 %33 to i8*, !dbg !_
  %35 = load i64, i64* @"llvm.task_struct:0:72$0:0", align 8
  %36 = getelementptr i8, i8* %34, i64 %35
  %37 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %36)
  %38 = bitcast [1 x i64]* %tmp3 to i8*, !dbg !_
  %39 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp3, i64 0, i64 0, !dbg !_
  store i64 0, i64* %39, align 8, !dbg !_
  %40 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %38, i32 4, i8* %37) #1, !dbg !_
  %41 = bitcast [1 x i64]* %tmp3 to i32*, !dbg !_
  %42 = load i32, i32* %41, align 8, !dbg !_
  %43 = sext i32 %42 to i64, !dbg !_
  %44 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp1, i64 0, i64 2, !dbg !_
  store i64 %43, i64* %44, align 8, !dbg !_
  %45 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %18) #1, !dbg !_
  %.not = icmp eq i8* %45, null, !dbg !_
  br i1 %.not, label %agg.init, label %agg.have, !dbg !_

agg.done:                                         ; preds = %agg.full, %stat.inc, %agg.have
  %46 = load i64, i64* %6, align 8, !dbg !_
  %47 = inttoptr i64 %46 to i8*, !dbg !_
  %48 = load i64, i64* @"llvm.cred:0:4$0:0:0", align 8
  %49 = getelementptr i8, i8* %47, i64 %48
  %50 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %49)
  %51 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp1, i64 0, i64 0, !dbg !_
  store i64 0, i64* %51, align 8, !dbg !_
  %52 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %18, i32 4, i8* %50) #1, !dbg !_
  %53 = bitcast [3 x i64]* %tmp1 to i32*, !dbg !_
  %54 = load i32, i32* %53, align 8, !dbg !_
  %55 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 32, i64 0) #1, !dbg !_
  %.not8 = icmp eq i8* %55, null, !dbg !_
  br i1 %.not8, label %rec.lost, label %rec.fill, !dbg !_

agg.have:                                         ; preds = %agg.init, %pred.true
  %agg = phi i8* [ %45, %pred.true ], [ %60, %agg.init ], !dbg !_
  %56 = bitcast i8* %agg to i64*, !dbg !_
  %57 = load i64, i64* %56, align 8, !dbg !_
  %58 = add i64 %57, 1, !dbg !_
  store i64 %58, i64* %56, align 8, !dbg !_
  br label %agg.done, !dbg !_

agg.init:                                         ; preds = %pred.true
  %59 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %18, i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 40), i64 1) #1, !dbg !_
  %60 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %18) #1, !dbg !_
  %.not6 = icmp eq i8* %60, null, !dbg !_
  br i1 %.not6, label %agg.full, label %agg.have, !dbg !_

agg.full:                                         ; preds = %agg.init
  %61 = bitcast i32* %zero to i8*, !dbg !_
  %62 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %61) #1, !dbg !_
  %.not7 = icmp eq i8* %62, null, !dbg !_
  br i1 %.not7, label %agg.done, label %stat.inc, !dbg !_

stat.inc:                                         ; preds = %agg.full
  %63 = getelementptr i8, i8* %62, i64 8, !dbg !_
  %64 = bitcast i8* %63 to i64*, !dbg !_
  %65 = load i64, i64* %64, align 8, !dbg !_
  %66 = add i64 %65, 1, !dbg !_
  store i64 %66, i64* %64, align 8, !dbg !_
  br label %agg.done, !dbg !_

rec.fill:                                         ; preds = %agg.done
  %67 = zext i32 %54 to i64, !dbg !_
  %68 = bitcast i8* %55 to i64*, !dbg !_
  store i64 1, i64* %68, align 8, !dbg !_
  %69 = getelementptr i8, i8* %55, i64 8, !dbg !_
  %70 = bitcast i8* %69 to i64*, !dbg !_
  store i64 %67, i64* %70, align 8, !dbg !_
  %71 = getelementptr i8, i8* %55, i64 16, !dbg !_
  %72 = call i64 inttoptr (i64 35 to i64 ()*)() #1, !dbg !_
  %73 = inttoptr i64 %72 to i8*, !dbg !_
  %74 = load i64, i64* @"llvm.task_struct:0:152$0:2", align 8
  %75 = getelementptr i8, i8* %73, i64 %74
  %76 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %75)
  %77 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* %71, i32 16, i8* %76) #1, !dbg !_
  %78 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #1, !dbg !_
  %79 = icmp ugt i64 %78, 65536, !dbg !_
  %80 = select i1 %79, i64 2, i64 1, !dbg !_
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %55, i64 %80) #1, !dbg !_
  br label %return, !dbg !_

rec.lost:                                         ; preds = %agg.done
  %81 = bitcast i32* %zero to i8*, !dbg !_
  %82 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %81) #1, !dbg !_
  %.not9 = icmp eq i8* %82, null, !dbg !_
  br i1 %.not9, label %return, label %stat.inc4, !dbg !_

stat.inc4:                                        ; preds = %rec.lost
  %83 = bitcast i8* %82 to i64*, !dbg !_
  %84 = load i64, i64* %83, align 8, !dbg !_
  %85 = add i64 %84, 1, !dbg !_
  store i64 %85, i64* %83, align 8, !dbg !_
  br label %return, !dbg !_
}
!_ = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed)
!_ = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!_ = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!_ = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!_ = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!_ = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 128, align: 64, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 128, align: 8, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 128, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 131072, align: 32, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 160, align: 32, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 192, align: 32, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 32, align: 32, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 384, align: 8, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 8388608, align: 32, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 864, align: 32, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, name: "cred", scope: !_, file: !_, size: 320, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, name: "task_struct", scope: !_, file: !_, size: 1728, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, scope: !_, file: !_, size: 128, align: 64, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, scope: !_, file: !_, size: 192, align: 64, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, scope: !_, file: !_, size: 256, align: 64, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, scope: !_, file: !_, size: 256, align: 64, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, scope: !_, file: !_, size: 32, elements: !_)
!_ = !DIDerivedType(tag: DW_TAG_const_type, baseType: !_)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "comm", scope: !_, file: !_, baseType: !_, size: 128, offset: 1216)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "euid", scope: !_, file: !_, baseType: !_, size: 32, offset: 160)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !_, file: !_, baseType: !_, size: 128, align: 8)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "k1", scope: !_, file: !_, baseType: !_, size: 64, align: 8, offset: 128)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 128)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 128)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "real_parent", scope: !_, file: !_, baseType: !_, size: 64, offset: 640)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "tgid", scope: !_, file: !_, baseType: !_, size: 32, offset: 576)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !_, file: !_, baseType: !_, size: 64, align: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !_, file: !_, baseType: !_, size: 64, align: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !_, file: !_, baseType: !_, size: 64, align: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !_, file: !_, baseType: !_, size: 32, offset: 32)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "val", scope: !_, file: !_, baseType: !_, size: 32)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 192)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 192)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIFile(filename: "btf_members.tp", directory: ".")
!_ = !DIGlobalVariableExpression(var: !_, expr: !DIExpression())
!_ = !DIGlobalVariableExpression(var: !_, expr: !DIExpression())
!_ = !DIGlobalVariableExpression(var: !_, expr: !DIExpression())
!_ = !DIGlobalVariableExpression(var: !_, expr: !DIExpression())
!_ = !DILocalVariable(name: "ctx", arg: 1, scope: !_, file: !_, line: 5, type: !_)
!_ = !DILocation(line: 5, column: 1, scope: !_)
!_ = !DILocation(line: 5, column: 27, scope: !_)
!_ = !DILocation(line: 5, scope: !_)
!_ = !DILocation(line: 6, column: 2, scope: !_)
!_ = !DILocation(line: 7, column: 2, scope: !_)
!_ = !DISubrange(count: 1, lowerBound: 0)
!_ = !DISubrange(count: 16, lowerBound: 0)
!_ = !DISubrange(count: 2, lowerBound: 0)
!_ = !DISubrange(count: 262144, lowerBound: 0)
!_ = !DISubrange(count: 27, lowerBound: 0)
!_ = !DISubrange(count: 4096, lowerBound: 0)
!_ = !DISubrange(count: 48, lowerBound: 0)
!_ = !DISubrange(count: 5, lowerBound: 0)
!_ = !DISubrange(count: 6, lowerBound: 0)
!_ = !DISubroutineType(types: !_)
!_ = !{!_, !_, !_, !_}
!_ = !{!_, !_, !_, !_}
!_ = !{!_, !_, !_, !_}
!_ = !{!_, !_, !_}
!_ = !{!_, !_}
!_ = !{!_, !_}
!_ = !{!_, !_}
!_ = !{!_, !_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{i32 2, !"Debug Info Version", i32 3}
!_ = !{i32 2, !"Dwarf Version", i32 4}
!_ = distinct !DICompileUnit(language: DW_LANG_C, file: !_, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !_, splitDebugInlining: false)
!_ = distinct !DIGlobalVariable(name: "m_", linkageName: "m_", scope: !_, file: !_, type: !_, isLocal: false, isDefinition: true, align: 64)
!_ = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !_, file: !_, type: !_, isLocal: false, isDefinition: true, align: 64)
!_ = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !_, file: !_, type: !_, isLocal: false, isDefinition: true, align: 64)
!_ = distinct !DIGlobalVariable(name: "tp_stats", linkageName: "tp_stats", scope: !_, file: !_, type: !_, isLocal: false, isDefinition: true, align: 64)
!_ = distinct !DISubprogram(name: "tp0_cap_capable", linkageName: "tp0_cap_capable", scope: !_, file: !_, line: 5, type: !_, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !_, retainedNodes: !_)
!llvm.dbg.cu = !{!_}
!llvm.module.flags = !{!_, !_}
; Function Attrs: argmemonly nofree nounwind willreturn writeonly
; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
; Function Attrs: nofree nosync nounwind readnone willreturn
; Function Attrs: nofree nosync nounwind readnone willreturn
; Function Attrs: nofree nosync nounwind readnone willreturn
; Function Attrs: nounwind readnone
attributes #0 = { "btf_ama" }
attributes #1 = { nounwind }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { nofree nosync nounwind readnone willreturn }
attributes #4 = { argmemonly nofree nounwind willreturn writeonly }
attributes #5 = { nounwind readnone }
declare i8* @llvm.bpf.passthrough.p0i8.p0i8(i32, i8*) #5
declare i8* @llvm.preserve.struct.access.index.p0i8.p0s_struct.anon.29s(%struct.anon.29*, i32 immarg, i32 immarg) #3
declare i8* @llvm.preserve.struct.access.index.p0i8.p0s_struct.creds(%struct.cred*, i32 immarg, i32 immarg) #3
declare i8* @llvm.preserve.struct.access.index.p0i8.p0s_struct.task_structs(%struct.task_struct*, i32 immarg, i32 immarg) #3
declare void @llvm.dbg.value(metadata, metadata, metadata) #2
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #4
